import { beforeAll, describe, expect, it } from 'vitest';
import { HISTORY_VERSION, type HistoryStorage, type PendingPut } from '../../core/history';
import { EventLog } from '../../core/response/event-log';
import { initialView } from '../../core/response/reduce';
import type { ResponseView } from '../../core/response/types';
import { useRunStore, type SendMeta, type SentRequest } from '../../state/run';
import { entryIdOfResponse, onTurnFinished, showView, startHistoryRecorder } from './history-recorder';
import { flushHistory, initHistory, loadBody } from './history-runtime';
import { useHistoryStore } from './history-store';

/** Storage in a Map, holding one pre-existing entry of the unversioned (v0) shape. */
const stored = new Map<string, unknown>([
  ['h_old', { id: 'h_old', createdAt: 1, baseUrl: 'http://x', status: 'completed', response_id: 'resp_old' }],
]);
const bodies = new Map<string, unknown>();
const storage: HistoryStorage = {
  loadEntries: () => Promise.resolve([...stored.values()]),
  loadEntriesById: (ids) => Promise.resolve(ids.map((id) => stored.get(id))),
  loadBody: (id) => Promise.resolve(bodies.get(id)),
  put: (records: readonly PendingPut[]) => {
    for (const { entry, body } of records) {
      stored.set(entry.id, entry);
      if (body) bodies.set(body.id, body);
    }
    return Promise.resolve();
  },
  delete: () => Promise.resolve(),
  clear: () => Promise.resolve(),
};

const endpoint = { baseUrl: 'http://relay.test/v1', apiKey: 'sk-secret' };

let runs = 1000;
/** What the run store does on send (a new run with a fresh view and log), without a network. */
function startRun(body: string, meta: Partial<SendMeta> = {}): SentRequest {
  const request = {
    endpoint,
    body,
    meta: { kind: 'request' as const, mode: 'chain' as const, turnInput: [], ...meta },
  };
  resend(request);
  return request;
}
/** Retry: the same request (and what it said it is) as a new run. */
function resend(request: SentRequest): void {
  useRunStore.setState({ view: initialView(), log: new EventLog(), lastRequest: request, runId: ++runs });
}
function update(fields: Partial<ResponseView>): void {
  useRunStore.setState((s) => ({ view: { ...s.view, ...fields } }));
}
const message = (text: string) => ({
  outputIndex: 0,
  done: true,
  item: { type: 'message', role: 'assistant', content: [{ type: 'output_text', text }] },
});
const entries = () =>
  Object.values(useHistoryStore.getState().entries).sort((a, b) => a.createdAt - b.createdAt);
const latest = () => entries().at(-1)!;

describe('history recorder', () => {
  beforeAll(async () => {
    startHistoryRecorder();
    await initHistory(storage);
  });

  it('loads stored entries through the migrations', () => {
    expect(useHistoryStore.getState().entries.h_old).toMatchObject({
      v: HISTORY_VERSION,
      responseId: 'resp_old',
      mode: 'chain',
    });
  });

  it('records a plain send from start to end, with its body, and never the key', async () => {
    const finished: string[] = [];
    const stop = onTurnFinished((entry) => finished.push(entry.status));
    startRun('{"model":"m","input":"Hello there"}', {
      turnInput: [{ role: 'user', content: 'Hello there' }],
    });
    const started = latest();
    expect(started).toMatchObject({
      status: 'connecting',
      kind: 'request',
      inputPreview: 'Hello there',
      model: 'm',
    });
    expect(useHistoryStore.getState().selectedId).toBe(started.id);
    update({ status: 'streaming', responseId: 'resp_1' });
    update({ status: 'completed', items: [message('General Kenobi')], usage: { outputTokens: 3 } });
    stop();
    expect(finished).toEqual(['completed']);
    expect(latest()).toMatchObject({
      id: started.id,
      responseId: 'resp_1',
      status: 'completed',
      outputPreview: 'General Kenobi',
      baseUrl: 'http://relay.test/v1',
      usage: { outputTokens: 3 },
    });
    await flushHistory();
    expect(JSON.stringify([...stored.values(), ...bodies.values()])).not.toContain('sk-secret');
    const body = await loadBody(started.id);
    expect(body?.requestText).toBe('{"model":"m","input":"Hello there"}');
    expect(body?.turnInput).toEqual([{ role: 'user', content: 'Hello there' }]);
    expect(body?.view?.items).toHaveLength(1);
  });

  it('records what the send says it is: its parent, kind and mode', () => {
    startRun('{"model":"m","input":"Parent"}');
    update({ status: 'completed', responseId: 'resp_parent' });
    const parent = latest();
    expect(entryIdOfResponse('resp_parent')).toBe(parent.id);
    startRun('{"model":"m","input":"Next","previous_response_id":"resp_parent"}', { parentId: parent.id });
    expect(latest()).toMatchObject({ parentId: parent.id, previousResponseId: 'resp_parent', mode: 'chain' });
    update({ status: 'completed', responseId: 'resp_2' });

    const replayBody = '{"model":"m","input":[{"role":"user","content":"Hello there"}]}';
    const turnInput = [{ type: 'function_call_output', call_id: 'c1', output: '42' }];
    const replay = startRun(replayBody, {
      kind: 'tool-outputs',
      mode: 'replay',
      parentId: parent.id,
      turnInput,
    });
    expect(latest()).toMatchObject({
      kind: 'tool-outputs',
      mode: 'replay',
      parentId: parent.id,
      inputPreview: '1 tool output',
    });
    update({ status: 'completed', responseId: 'resp_3' });
    // Retry resends the same request: it keeps its place in the tree.
    resend(replay);
    expect(latest()).toMatchObject({ kind: 'tool-outputs', mode: 'replay', parentId: parent.id });
    update({ status: 'completed', responseId: 'resp_4' });
  });

  it('marks a run cut off by a new send as cancelled, and notes a refusal to chain', () => {
    startRun('{"model":"m","input":"first"}');
    const first = latest();
    update({ status: 'streaming', responseId: 'resp_5' });
    startRun('{"model":"m","input":"again","previous_response_id":"resp_5"}');
    expect(useHistoryStore.getState().entries[first.id]?.status).toBe('cancelled');
    update({
      status: 'failed',
      httpStatus: 400,
      error: { kind: 'http', status: 400, message: 'not found', param: 'previous_response_id' },
    });
    expect(latest()).toMatchObject({
      status: 'failed',
      httpStatus: 400,
      chainRefusal: 'previous_response_id',
    });
  });

  it('replaces a key the server echoes in its error', async () => {
    startRun('{"model":"m","input":"echo"}');
    update({
      status: 'failed',
      httpStatus: 401,
      error: { kind: 'http', status: 401, message: 'Invalid API key: sk-secret', raw: '{"key":"sk-secret"}' },
    });
    expect(latest()).toMatchObject({ errorMessage: 'Invalid API key: [redacted]' });
    await flushHistory();
    expect(JSON.stringify([...stored.values(), ...bodies.values()])).not.toContain('sk-secret');
  });

  it('showing a recorded view is not a new run', () => {
    const count = entries().length;
    expect(showView({ ...initialView(), status: 'completed', responseId: 'resp_1' })).toBe(true);
    expect(entries()).toHaveLength(count);
    expect(useRunStore.getState().view.responseId).toBe('resp_1');
    // …and is refused while a response is still arriving.
    startRun('{"model":"m","input":"live"}');
    update({ status: 'streaming' });
    expect(showView({ ...initialView(), status: 'completed' })).toBe(false);
    update({ status: 'completed' });
  });
});
