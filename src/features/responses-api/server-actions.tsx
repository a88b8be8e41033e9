import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { isUnsupported } from '../../core/api/request-json';
import { deleteResponse } from '../../core/api/responses-api';
import { keyScope } from '../../core/endpoints';
import type { HistoryEntry } from '../../core/history';
import { isLive } from '../../core/response/selectors';
import type { RunError } from '../../core/response/types';
import { useConnectionStore } from '../../state/connection';
import { markServerState } from '../history';
import { activeEndpoint, responseQuery } from './queries';

/**
 * A history entry's response on its server: check whether the server still has it, delete it there.
 * Only on the entry's own base URL (its key belongs there); nothing is requested until asked.
 */
export function ServerActions({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation('responsesApi');
  const client = useQueryClient();
  const baseUrl = useConnectionStore((s) => s.baseUrl);
  const [busy, setBusy] = useState<'check' | 'delete'>();
  const [note, setNote] = useState<string>();
  const id = entry.responseId;
  if (!id || entry.kind === 'compaction' || isLive(entry.status)) return null;
  const here = keyScope(entry.baseUrl) === keyScope(baseUrl);

  const explain = (error: RunError) => {
    if (error.status === 404 && !isUnsupported(error)) {
      markServerState(entry.id, 'gone');
      return undefined;
    }
    return isUnsupported(error)
      ? t('server.unsupported', { message: error.message })
      : t('server.failed', { message: error.message });
  };
  const check = async () => {
    setBusy('check');
    const got = await client.fetchQuery({ ...responseQuery(activeEndpoint(), id), staleTime: 0 });
    setBusy(undefined);
    setNote(got.ok ? t('server.present', { status: got.value.status ?? '?' }) : explain(got.error));
  };
  const remove = async () => {
    setBusy('delete');
    const result = await deleteResponse(activeEndpoint(), id);
    setBusy(undefined);
    void client.invalidateQueries({ queryKey: responseQuery(activeEndpoint(), id).queryKey });
    if (result.ok) {
      markServerState(entry.id, 'deleted');
      setNote(undefined);
    } else setNote(explain(result.error));
  };

  return (
    <div
      role="group"
      aria-label={t('server.group')}
      className="flex flex-col gap-1 rounded border border-line p-2 text-xs"
    >
      {entry.conversationId && (
        <p>
          {t('history.conversationFact')}: <span className="font-mono">{entry.conversationId}</span>
        </p>
      )}
      {entry.serverState === 'deleted' && <p>{t('server.deleted')}</p>}
      {entry.serverState === 'gone' && <p>{t('server.gone')}</p>}
      {!here ? (
        <p className="text-ink-muted">{t('server.otherBaseUrl', { baseUrl: entry.baseUrl })}</p>
      ) : (
        entry.serverState !== 'deleted' && (
          <div className="flex flex-wrap gap-2">
            <Button disabled={!!busy} onClick={() => void check()}>
              {busy === 'check' ? t('server.checking') : t('server.check')}
            </Button>
            <Button disabled={!!busy} onClick={() => void remove()}>
              {busy === 'delete' ? t('server.deleting') : t('server.deleteOnServer')}
            </Button>
          </div>
        )
      )}
      {note && <p role="status">{note}</p>}
    </div>
  );
}
