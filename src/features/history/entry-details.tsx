import { Button } from '../../components/ui/button';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryBody, HistoryEntry } from '../../core/history';
import { useWorkspaceStore } from '../../state/workspace';
import { branchIds, deleteBranch, renameEntry } from './history-actions';
import { loadBody } from './history-runtime';

function ms(from: number | undefined, to: number | undefined): string | undefined {
  return from !== undefined && to !== undefined ? `${Math.round(to - from)} ms` : undefined;
}

/** Everything recorded for the selected entry, with Rename, Delete and the request as sent. */
export function EntryDetails({ entry }: { entry: HistoryEntry }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.title ?? '');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [body, setBody] = useState<HistoryBody | null | undefined>();
  const { t } = useTranslation('compare');
  const { timings, usage, group } = entry;
  const facts: [string, string | number | undefined][] = [
    ['Response id', entry.responseId],
    ['Status', entry.status + (entry.httpStatus ? ` (HTTP ${entry.httpStatus})` : '')],
    ['Mode', entry.parentId || entry.previousResponseId ? entry.mode : undefined],
    ['previous_response_id', entry.previousResponseId],
    ['Base URL', entry.baseUrl],
    ['Model', entry.model],
    ['Sent', new Date(entry.createdAt).toLocaleString()],
    ['Time to first token', ms(timings.startedAt, timings.firstTokenAt)],
    ['Total time', ms(timings.startedAt, timings.endedAt)],
    ['Input tokens', usage?.inputTokens],
    ['Output tokens', usage?.outputTokens],
    ['Error', entry.errorMessage],
    [
      t('historyFact'),
      group &&
        t('historyFactValue', {
          id: group.id,
          column: group.column + 1,
          run: group.run + 1,
          runs: group.runs,
        }),
    ],
  ];
  const replies = confirmDelete ? branchIds(entry.id).length - 1 : 0;

  return (
    <div
      aria-label="Selected entry"
      role="group"
      className="flex flex-col gap-2 rounded border border-slate-200 p-2 text-xs"
    >
      <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5">
        {facts
          .filter(([, value]) => value !== undefined && value !== '')
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-700">{label}</dt>
              <dd className="font-mono break-all text-slate-900">{value}</dd>
            </div>
          ))}
      </dl>
      <div className="flex flex-wrap items-center gap-2">
        {renaming ? (
          <form
            className="flex items-center gap-1"
            onSubmit={(e) => {
              e.preventDefault();
              renameEntry(entry.id, name);
              setRenaming(false);
            }}
          >
            <input
              aria-label="Entry name"
              className="rounded border border-slate-400 px-1 py-0.5"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
            <Button type="submit">Save name</Button>
          </form>
        ) : (
          <Button onClick={() => setRenaming(true)}>Rename</Button>
        )}
        {confirmDelete ? (
          <>
            <Button variant="danger" onClick={() => deleteBranch(entry.id)}>
              {replies > 0 ? `Delete it and ${replies} repl${replies === 1 ? 'y' : 'ies'}` : 'Confirm delete'}
            </Button>
            <Button variant="link" onClick={() => setConfirmDelete(false)}>
              Keep it
            </Button>
          </>
        ) : (
          <Button onClick={() => setConfirmDelete(true)}>Delete</Button>
        )}
        <Button
          onClick={() =>
            void loadBody(entry.id).then(
              (b) => b && useWorkspaceStore.getState().setRequestText(b.requestText),
            )
          }
        >
          Load request into editor
        </Button>
      </div>
      <details
        onToggle={(e) =>
          e.currentTarget.open &&
          body === undefined &&
          void loadBody(entry.id).then((b) => setBody(b ?? null))
        }
      >
        <summary className="cursor-pointer">Request as sent</summary>
        <pre
          aria-label="Request as sent"
          className="mt-1 max-h-60 overflow-auto rounded bg-slate-50 p-2 font-mono"
        >
          {body === undefined ? 'Loading…' : body === null ? '(not stored)' : body.requestText}
        </pre>
      </details>
    </div>
  );
}
