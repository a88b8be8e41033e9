import { Button } from '../../components/ui/button';
import { Trans, useTranslation } from 'react-i18next';
import { i18n } from '../../i18n';
import { useState } from 'react';
import type { HistoryEntry } from '../../core/history';
import { parseRequestText } from '../../core/request/parse-request';
import {
  selectActiveProfile,
  selectChainingMode,
  useConnectionStore,
  type ChainingMode,
} from '../../state/connection';
import { loadBody } from '../history';
import { isCurrentBaseUrl, sendTurn } from './send-turn';
import { dropsStore, rememberDropStore, rememberReplay, useThreadStore } from './thread-store';
import { Checkbox } from '../../components/ui/checkbox';

async function resend(entry: HistoryEntry, remember: boolean): Promise<string | undefined> {
  if (!isCurrentBaseUrl(entry.baseUrl))
    return i18n.t('thread:replay.otherBaseUrl', { baseUrl: entry.baseUrl });
  const body = await loadBody(entry.id);
  const parsed = body ? parseRequestText(body.requestText) : undefined;
  if (!body || !parsed?.ok) return i18n.t('thread:replay.notStored');
  const dropStore = entry.chainRefusal === 'store' || dropsStore(entry.baseUrl);
  if (entry.chainRefusal === 'store') rememberDropStore(entry.baseUrl);
  if (remember) rememberReplay();
  return sendTurn({
    kind: 'replay-resend',
    turnInput: body.turnInput,
    parentId: entry.parentId,
    // The turn as it was, not the editor's current settings.
    settings: parsed.value,
    mode: 'replay',
    dropStore,
  });
}

/** Offered when the shown turn failed because the server would not chain: resend it in replay mode. */
export function ReplayOffer({ entry, running }: { entry: HistoryEntry; running: boolean }) {
  const { t } = useTranslation('thread');
  const [remember, setRemember] = useState(true);
  const what =
    entry.chainRefusal === 'store' ? t('replay.storeParam', { name: 'store' }) : 'previous_response_id';
  return (
    <section
      aria-label={t('replay.region')}
      className="flex flex-col gap-2 rounded border border-info-line bg-info-surface p-2 text-sm text-info-ink"
    >
      <p>
        <Trans
          t={t}
          i18nKey="replay.refused"
          values={{
            what,
            input: 'input',
            status: entry.httpStatus ? t('replay.httpStatus', { status: entry.httpStatus }) : '',
          }}
          components={[<code key="input" />, <code key="previous" />]}
        />
      </p>
      <Checkbox
        className="text-xs"
        checked={remember}
        onChange={(e) => setRemember(e.target.checked)}
        label={t('replay.remember')}
      />
      <div>
        <Button
          variant="primary"
          size="md"
          disabled={running}
          onClick={() =>
            void resend(entry, remember).then((reason) => useThreadStore.setState({ sendError: reason }))
          }
        >
          {t('replay.resend')}
        </Button>
      </div>
    </section>
  );
}

/**
 * How turns continue on the current endpoint: the connection profile's Chaining mode, shown here
 * too so the user can switch where the turns are sent.
 */
export function ChainModeControl() {
  const profile = useConnectionStore(selectActiveProfile);
  const effective = useConnectionStore(selectChainingMode);
  const { t } = useTranslation(['thread', 'responsesApi']);
  const modes: { value: ChainingMode; label: string }[] = [
    {
      value: 'auto',
      label: t('chaining.auto', {
        mode: effective === 'replay' ? t('chaining.replayShort') : 'previous_response_id',
      }),
    },
    { value: 'server', label: 'previous_response_id' },
    { value: 'replay', label: t('chaining.replay') },
  ];
  return (
    <label className="flex flex-wrap items-center gap-2 text-xs" title={t('chaining.title')}>
      <span>{t('chaining.label')}</span>
      <select
        className="rounded border border-line-strong bg-surface px-1 py-0.5 text-ink"
        value={profile.chainingMode}
        onChange={(e) =>
          useConnectionStore
            .getState()
            .updateProfile(profile.id, { chainingMode: e.target.value as ChainingMode })
        }
      >
        {modes.map((mode) => (
          <option key={mode.value} value={mode.value}>
            {mode.label}
          </option>
        ))}
        <option value="conversation">
          {t('responsesApi:chaining.conversationOption', { path: '/v1/conversations' })}
        </option>
      </select>
    </label>
  );
}
