import { Button } from '../../components/ui/button';
import { useTranslation } from 'react-i18next';
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

async function resend(entry: HistoryEntry, remember: boolean): Promise<string | undefined> {
  if (!isCurrentBaseUrl(entry.baseUrl)) return `Not sent: set Base URL back to ${entry.baseUrl} first.`;
  const body = await loadBody(entry.id);
  const parsed = body ? parseRequestText(body.requestText) : undefined;
  if (!body || !parsed?.ok) return 'Not sent: the request of this turn is not stored in this browser.';
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
  const [remember, setRemember] = useState(true);
  const what = entry.chainRefusal === 'store' ? 'the store parameter' : 'previous_response_id';
  return (
    <section
      aria-label="Replay mode offer"
      className="flex flex-col gap-2 rounded border border-violet-400 bg-violet-50 p-2 text-sm text-violet-950"
    >
      <p>
        This server refused {what}
        {entry.httpStatus ? ` (HTTP ${entry.httpStatus})` : ''}: it does not keep earlier responses for you.
        Replay mode sends the whole conversation so far as <code>input</code>, without{' '}
        <code>previous_response_id</code>.
      </p>
      <label className="flex items-center gap-2 text-xs">
        <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} />
        Use replay mode for this base URL from now on
      </label>
      <div>
        <Button
          variant="primary"
          size="md"
          disabled={running}
          onClick={() =>
            void resend(entry, remember).then((reason) => useThreadStore.setState({ sendError: reason }))
          }
        >
          Resend in replay mode
        </Button>
      </div>
    </section>
  );
}

const MODES: { value: ChainingMode; label: string }[] = [
  { value: 'auto', label: 'automatic' },
  { value: 'server', label: 'previous_response_id' },
  { value: 'replay', label: 'replay (whole conversation as input)' },
];

/**
 * How turns continue on the current endpoint: the connection profile's Chaining mode, shown here
 * too so the user can switch where the turns are sent.
 */
export function ChainModeControl() {
  const profile = useConnectionStore(selectActiveProfile);
  const effective = useConnectionStore(selectChainingMode);
  const { t } = useTranslation('responsesApi');
  return (
    <label
      className="flex flex-wrap items-center gap-2 text-xs"
      title="previous_response_id: the server keeps the conversation. Replay: for servers that do not, every turn sends all earlier input and output items."
    >
      <span>Chaining for this base URL</span>
      <select
        className="rounded border border-slate-400 bg-white px-1 py-0.5"
        value={profile.chainingMode}
        onChange={(e) =>
          useConnectionStore
            .getState()
            .updateProfile(profile.id, { chainingMode: e.target.value as ChainingMode })
        }
      >
        {MODES.map((mode) => (
          <option key={mode.value} value={mode.value}>
            {mode.value === 'auto'
              ? `automatic (now ${effective === 'replay' ? 'replay' : 'previous_response_id'})`
              : mode.label}
          </option>
        ))}
        <option value="conversation">
          {t('chaining.conversationOption', { path: '/v1/conversations' })}
        </option>
      </select>
    </label>
  );
}
