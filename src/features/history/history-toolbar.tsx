import { Button } from '../../components/ui/button';
import { useState } from 'react';
import type { PersistStatus } from '../../core/history';
import { downloadText } from '../../components/ui/clipboard-and-files';
import { clearHistory, exportHistory, importHistory } from './history-actions';
import { retrySaving } from './history-runtime';

async function exportToFile(): Promise<string> {
  const { text, count } = await exportHistory();
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  downloadText(`responses-playground-history-${stamp}.json`, text);
  return `Exported ${count} entr${count === 1 ? 'y' : 'ies'}.`;
}

/** Export, import and clear, plus the one-line outcome of the last of them. */
export function HistoryToolbar({ count }: { count: number }) {
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);

  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <Button onClick={() => void exportToFile().then(setMessage)} disabled={count === 0}>
        Export history
      </Button>
      <label className="cursor-pointer rounded border border-slate-500 px-2 py-0.5 focus-within:outline-2 focus-within:outline-blue-700">
        Import history
        <input
          type="file"
          accept="application/json,.json"
          className="sr-only"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.text().then((text) => setMessage(importHistory(text)));
          }}
        />
      </label>
      {confirmClear ? (
        <>
          <Button
            variant="danger"
            onClick={() => {
              setConfirmClear(false);
              void clearHistory().then(() => setMessage('History cleared.'));
            }}
          >
            Delete all {count} entries
          </Button>
          <Button variant="link" onClick={() => setConfirmClear(false)}>
            Cancel
          </Button>
        </>
      ) : (
        <Button onClick={() => setConfirmClear(true)} disabled={count === 0}>
          Clear history
        </Button>
      )}
      <span role="status" aria-label="History message" className="text-slate-700">
        {message}
      </span>
    </div>
  );
}

/** A full quota (or no storage at all): what is at risk, and the way out (export). */
export function StorageAlert({ persist }: { persist: PersistStatus }) {
  if (persist.state !== 'quota' && persist.state !== 'error') return null;
  const quota = persist.state === 'quota';
  return (
    <div role="alert" className="rounded border border-amber-500 bg-amber-50 p-2 text-xs text-amber-950">
      <p>
        {quota ? 'Browser storage is full' : `History could not be saved (${persist.message})`}:{' '}
        {persist.pending > 0
          ? `${persist.pending} change${persist.pending === 1 ? ' is' : 's are'} kept in this tab only and will be lost when it closes.`
          : 'new entries are kept in this tab only.'}{' '}
        Export the history to keep it{quota ? ', or delete old entries to make room' : ''}.
      </p>
      <div className="mt-1 flex gap-2">
        <Button onClick={() => void exportToFile()}>Export history now</Button>
        <Button variant="link" onClick={() => void retrySaving()}>
          Try saving again
        </Button>
      </div>
    </div>
  );
}
