import { useState } from 'react';
import type { HistoryEntry } from '../../core/history';
import { parseRequestText } from '../../core/request/parse-request';
import { keyScope, useConnectionStore } from '../connection';
import { loadBody } from '../history';
import { isCurrentBaseUrl, sendTurn } from './send-turn';
import { chainSettingFor, setChainSetting, useThreadStore } from './thread-store';

async function resend(entry: HistoryEntry, remember: boolean): Promise<string | undefined> {
  if (!isCurrentBaseUrl(entry.baseUrl)) return `Not sent: set Base URL back to ${entry.baseUrl} first.`;
  const body = await loadBody(entry.id);
  const parsed = body ? parseRequestText(body.requestText) : undefined;
  if (!body || !parsed?.ok) return 'Not sent: the request of this turn is not stored in this browser.';
  const dropStore = entry.chainRefusal === 'store' || chainSettingFor(entry.baseUrl).dropStore === true;
  if (remember) setChainSetting(entry.baseUrl, { mode: 'replay', dropStore });
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
        <button
          type="button"
          className="rounded bg-violet-800 px-3 py-1 font-semibold text-white hover:bg-violet-900 disabled:bg-slate-400"
          disabled={running}
          onClick={() =>
            void resend(entry, remember).then((reason) => useThreadStore.setState({ sendError: reason }))
          }
        >
          Resend in replay mode
        </button>
      </div>
    </section>
  );
}

/** How turns continue on the current base URL; the user can switch at any time. */
export function ChainModeControl() {
  const baseUrl = useConnectionStore((s) => s.baseUrl);
  const setting = useThreadStore((s) => s.chainModes[keyScope(baseUrl)]) ?? { mode: 'chain' as const };
  return (
    <label
      className="flex flex-wrap items-center gap-2 text-xs"
      title="previous_response_id: the server keeps the conversation. Replay: for servers that do not, every turn sends all earlier input and output items."
    >
      <span>Chaining for this base URL</span>
      <select
        className="rounded border border-slate-400 bg-white px-1 py-0.5"
        value={setting.mode}
        onChange={(e) =>
          setChainSetting(baseUrl, { ...setting, mode: e.target.value === 'replay' ? 'replay' : 'chain' })
        }
      >
        <option value="chain">previous_response_id</option>
        <option value="replay">replay (whole conversation as input)</option>
      </select>
    </label>
  );
}
