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
  const { t: th } = useTranslation('history');
  const status = th(`status.${entry.status}`, { defaultValue: entry.status });
  const { timings, usage, group } = entry;
  const facts: [string, string | number | undefined][] = [
    [th('details.responseId'), entry.responseId],
    [th('details.status'), status + (entry.httpStatus ? ` (HTTP ${entry.httpStatus})` : '')],
    [th('details.mode'), entry.parentId || entry.previousResponseId ? entry.mode : undefined],
    ['previous_response_id', entry.previousResponseId],
    [th('details.baseUrl'), entry.baseUrl],
    [th('details.model'), entry.model],
    [th('details.sent'), new Date(entry.createdAt).toLocaleString()],
    [th('details.firstToken'), ms(timings.startedAt, timings.firstTokenAt)],
    [th('details.total'), ms(timings.startedAt, timings.endedAt)],
    [th('details.inputTokens'), usage?.inputTokens],
    [th('details.outputTokens'), usage?.outputTokens],
    [th('details.error'), entry.errorMessage],
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
      aria-label={th('details.region')}
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
              aria-label={th('details.entryName')}
              className="rounded border border-slate-400 px-1 py-0.5"
              value={name}
              onChange={(e) => setName(e.target.value)}
              autoFocus
            />
            <Button type="submit">{th('details.saveName')}</Button>
          </form>
        ) : (
          <Button onClick={() => setRenaming(true)}>{th('details.rename')}</Button>
        )}
        {confirmDelete ? (
          <>
            <Button variant="danger" onClick={() => deleteBranch(entry.id)}>
              {replies > 0
                ? th('details.deleteWithReplies', { count: replies })
                : th('details.confirmDelete')}
            </Button>
            <Button variant="link" onClick={() => setConfirmDelete(false)}>
              {th('details.keep')}
            </Button>
          </>
        ) : (
          <Button onClick={() => setConfirmDelete(true)}>{th('details.delete')}</Button>
        )}
        <Button
          onClick={() =>
            void loadBody(entry.id).then(
              (b) => b && useWorkspaceStore.getState().setRequestText(b.requestText),
            )
          }
        >
          {th('details.load')}
        </Button>
      </div>
      <details
        onToggle={(e) =>
          e.currentTarget.open &&
          body === undefined &&
          void loadBody(entry.id).then((b) => setBody(b ?? null))
        }
      >
        <summary className="cursor-pointer">{th('details.requestAsSent')}</summary>
        <pre
          aria-label={th('details.requestAsSent')}
          className="mt-1 max-h-60 overflow-auto rounded bg-slate-50 p-2 font-mono"
        >
          {body === undefined
            ? th('details.loadingBody')
            : body === null
              ? th('details.notStored')
              : body.requestText}
        </pre>
      </details>
    </div>
  );
}
