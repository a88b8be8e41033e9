import { beforeAll, describe, expect, it } from 'vitest';
import type { HistoryStorage, PendingPut } from '../../core/history';
import { initialView } from '../../core/response/reduce';
import type { ResponseView } from '../../core/response/types';
import { isGroupEntryLive, recordGroupRun } from './group-recorder';
import { flushHistory, initHistory, loadBody } from './history-runtime';
import { useHistoryStore } from './history-store';

const stored = new Map<string, unknown>();
const storage: HistoryStorage = {
  loadEntries: () => Promise.resolve([]),
  loadEntriesById: () => Promise.resolve([]),
  loadBody: () => Promise.resolve(undefined),
  put: (records: readonly PendingPut[]) => {
    for (const { entry } of records) stored.set(entry.id, entry);
    return Promise.resolve();
  },
  delete: () => Promise.resolve(),
  clear: () => Promise.resolve(),
};

const finished: ResponseView = {
  ...initialView(),
  status: 'failed',
  httpStatus: 401,
  error: { kind: 'http', message: 'Incorrect API key provided: sk-column-secret', status: 401 },
};

describe('group recorder', () => {
  beforeAll(() => initHistory(storage));

  it('records a comparison column as an entry of its group, without moving the selection or keeping the key', async () => {
    useHistoryStore.setState({ selectedId: 'h_main', shownId: 'h_main' });
    const rec = recordGroupRun({
      endpoint: { baseUrl: 'http://relay.test/v1?key=sk-in-url', apiKey: 'sk-column-secret' },
      body: '{"model":"m2","input":"Hi"}',
      group: { id: 'g_1', column: 1, run: 0, runs: 1, model: 'm2', overrides: '' },
    });
    expect(isGroupEntryLive(rec.id)).toBe(true);
    expect(useHistoryStore.getState().entries[rec.id]).toMatchObject({ status: 'connecting', model: 'm2' });
    rec.finish(finished, { eventTypes: { 'response.created': 1 } });
    expect(isGroupEntryLive(rec.id)).toBe(false);
    const entry = useHistoryStore.getState().entries[rec.id];
    expect(entry).toMatchObject({
      status: 'failed',
      httpStatus: 401,
      baseUrl: 'http://relay.test/v1?key=REDACTED',
      group: { id: 'g_1', column: 1, run: 0, runs: 1, model: 'm2', eventTypes: { 'response.created': 1 } },
    });
    expect(useHistoryStore.getState().selectedId).toBe('h_main');
    await flushHistory();
    expect(JSON.stringify(stored.get(rec.id))).not.toContain('sk-column-secret');
    const body = await loadBody(rec.id);
    expect(body?.requestText).toBe('{"model":"m2","input":"Hi"}');
    expect(JSON.stringify(body)).not.toContain('sk-column-secret');
  });
});
