import { Button } from '../../components/ui/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import type { PersistStatus } from '../../core/history';
import { downloadText } from '../../components/ui/clipboard-and-files';
import { clearHistory, exportHistory, importHistory } from './history-actions';
import { retrySaving } from './history-runtime';

async function exportToFile(): Promise<string> {
  const { text, count } = await exportHistory();
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  downloadText(`responses-playground-history-${stamp}.json`, text);
  return i18n.t('history:toolbar.exported', { count });
}

/** Export, import and clear, plus the one-line outcome of the last of them. */
export function HistoryToolbar({ count }: { count: number }) {
  const { t } = useTranslation('history');
  const [message, setMessage] = useState('');
  const [confirmClear, setConfirmClear] = useState(false);

  return (
    <div className="flex flex-wrap items-center gap-2 text-xs">
      <Button onClick={() => void exportToFile().then(setMessage)} disabled={count === 0}>
        {t('toolbar.export')}
      </Button>
      <label className="cursor-pointer rounded border border-slate-500 px-2 py-0.5 focus-within:outline-2 focus-within:outline-blue-700">
        {t('toolbar.import')}
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
              void clearHistory().then(() => setMessage(t('toolbar.cleared')));
            }}
          >
            {t('toolbar.deleteAll', { count })}
          </Button>
          <Button variant="link" onClick={() => setConfirmClear(false)}>
            {t('toolbar.cancel')}
          </Button>
        </>
      ) : (
        <Button onClick={() => setConfirmClear(true)} disabled={count === 0}>
          {t('toolbar.clear')}
        </Button>
      )}
      <span role="status" aria-label={t('toolbar.message')} className="text-slate-700">
        {message}
      </span>
    </div>
  );
}

/** A full quota (or no storage at all): what is at risk, and the way out (export). */
export function StorageAlert({ persist }: { persist: PersistStatus }) {
  const { t } = useTranslation('history');
  if (persist.state !== 'quota' && persist.state !== 'error') return null;
  const quota = persist.state === 'quota';
  return (
    <div role="alert" className="rounded border border-amber-500 bg-amber-50 p-2 text-xs text-amber-950">
      <p>
        {quota ? t('storage.full') : t('storage.failed', { message: persist.message })}:{' '}
        {persist.pending > 0 ? t('storage.pending', { count: persist.pending }) : t('storage.newOnly')}{' '}
        {quota ? t('storage.exportFull') : t('storage.export')}
      </p>
      <div className="mt-1 flex gap-2">
        <Button onClick={() => void exportToFile()}>{t('storage.exportNow')}</Button>
        <Button variant="link" onClick={() => void retrySaving()}>
          {t('storage.retry')}
        </Button>
      </div>
    </div>
  );
}
