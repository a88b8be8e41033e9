import { describe, expect, it } from 'vitest';
import { makeExportFile, parseExportFile, recordsToImport } from './export-file';
import { migrateBody, migrateEntry } from './migrations';
import { entry, viewWith } from './testing';
import { HISTORY_VERSION } from './types';

describe('migrations', () => {
  it('upgrades an unversioned (v0) entry: renamed fields, defaults for new ones', () => {
    const migrated = migrateEntry({
      id: 'h_old',
      createdAt: 1000,
      baseUrl: 'https://relay.example/v1',
      status: 'completed',
      response_id: 'resp_9',
      previous_response_id: 'resp_8',
      title: 'Old one',
    });
    expect(migrated).toEqual({
      v: HISTORY_VERSION,
      id: 'h_old',
      createdAt: 1000,
      updatedAt: 1000,
      title: 'Old one',
      responseId: 'resp_9',
      previousResponseId: 'resp_8',
      baseUrl: 'https://relay.example/v1',
      mode: 'chain',
      kind: 'request',
      status: 'completed',
      inputPreview: '',
      outputPreview: '',
      callCount: 0,
      timings: {},
    });
  });

  it('upgrades a v0 body: the body text moves to requestText and its input becomes turnInput', () => {
    expect(migrateBody({ id: 'h_old', request: '{"model":"m","input":"hi"}' })).toEqual({
      v: HISTORY_VERSION,
      id: 'h_old',
      requestText: '{"model":"m","input":"hi"}',
      turnInput: [{ role: 'user', content: 'hi' }],
    });
    expect(migrateBody({ id: 'h_x', request: 'not json' })?.turnInput).toEqual([]);
  });

  it('keeps a current entry as is, and leaves newer or broken records alone', () => {
    const current = entry('h_1', { responseId: 'resp_1', usage: { outputTokens: 5 } });
    expect(migrateEntry(current)).toEqual(current);
    expect(migrateEntry({ ...current, v: HISTORY_VERSION + 1 })).toBeUndefined();
    expect(migrateEntry({ v: 1, createdAt: 1 })).toBeUndefined();
    expect(migrateEntry('junk')).toBeUndefined();
    expect(migrateEntry({ ...current, v: -1 })).toBeUndefined();
  });

  it('coerces bad field values from storage instead of trusting them', () => {
    const odd = migrateEntry({
      ...entry('h_2'),
      status: 'exploded',
      mode: 'teleport',
      usage: { outputTokens: 'x' },
    });
    expect(odd?.status).toBe('failed');
    expect(odd?.mode).toBe('chain');
    expect(odd?.usage).toEqual({});
  });
});

describe('migration to version 2 (groups)', () => {
  it('upgrades a version-1 entry unchanged but for its version', () => {
    const v1 = { ...entry('h_1', { responseId: 'resp_1' }), v: 1 };
    expect(migrateEntry(v1)).toEqual({ ...v1, v: HISTORY_VERSION });
    expect(migrateBody({ v: 1, id: 'h_1', requestText: '{}', turnInput: [] })).toEqual({
      v: HISTORY_VERSION,
      id: 'h_1',
      requestText: '{}',
      turnInput: [],
    });
  });

  it('keeps a well-formed group and drops a broken one', () => {
    const group = {
      id: 'g_1',
      column: 1,
      run: 2,
      runs: 5,
      model: 'gpt-4o',
      overrides: '{"temperature":0}',
      profileId: 'p-1',
      eventTypes: { 'response.created': 1, bad: -1, worse: 'x' },
    };
    expect(migrateEntry(entry('h_1', { group: group as never }))?.group).toEqual({
      ...group,
      eventTypes: { 'response.created': 1 },
    });
    expect(migrateEntry({ ...entry('h_2'), group: { id: 'g', column: -1 } })?.group).toBeUndefined();
    expect(migrateEntry({ ...entry('h_3'), group: 'g' })?.group).toBeUndefined();
    expect(migrateEntry({ ...entry('h_4'), group: { id: 'g', column: 0 } })?.group).toEqual({
      id: 'g',
      column: 0,
      run: 0,
      runs: 1,
    });
  });
});

describe('export and import', () => {
  const view = viewWith(
    [{ type: 'message', role: 'assistant', content: [{ type: 'output_text', text: 'hi' }] }],
    {
      responseId: 'resp_1',
    },
  );
  const records = [
    {
      entry: entry('h_1', { responseId: 'resp_1', updatedAt: 5 }),
      body: {
        v: HISTORY_VERSION as typeof HISTORY_VERSION,
        id: 'h_1',
        requestText: '{"input":"a"}',
        turnInput: [{ role: 'user', content: 'a' }],
        view,
      },
    },
    { entry: entry('h_2', { parentId: 'h_1' }) },
  ];

  it('round-trips every record and holds no key', () => {
    const text = makeExportFile(records, 0);
    expect(text).not.toMatch(/apiKey|authorization|Bearer/i);
    const parsed = parseExportFile(text);
    expect(parsed).toEqual({ ok: true, value: { records, skipped: 0 } });
  });

  it('masks query keys in base URLs and errors of older entries on the way out', () => {
    const leaky = {
      entry: entry('h_9', { baseUrl: 'https://r.example/v1?api_key=sk-old-leak-1' }),
      body: {
        v: HISTORY_VERSION as typeof HISTORY_VERSION,
        id: 'h_9',
        requestText: '{}',
        turnInput: [],
        view: {
          ...view,
          error: { kind: 'http' as const, message: 'GET https://r.example/v1?key=sk-old-leak-2 failed' },
        },
      },
    };
    const text = makeExportFile([leaky], 0);
    expect(text).not.toMatch(/sk-old-leak/);
  });

  it('skips unreadable or newer records and refuses other files', () => {
    const text = JSON.stringify({
      format: 'responses-playground-history',
      version: 1,
      entries: [{ entry: { id: 'x' } }, { entry: { ...records[1]!.entry, v: 9 } }, records[1]],
    });
    const parsed = parseExportFile(text);
    expect(parsed.ok && parsed.value.records.map((r) => r.entry.id)).toEqual(['h_2']);
    expect(parsed.ok && parsed.value.skipped).toBe(2);
    expect(parseExportFile('{"format":"other"}').ok).toBe(false);
    expect(parseExportFile('nope').ok).toBe(false);
  });

  it('merges by id: only newer copies replace local ones', () => {
    const local = new Map([['h_1', entry('h_1', { updatedAt: 10 })]]);
    const incoming = [{ entry: entry('h_1', { updatedAt: 5 }) }, { entry: entry('h_3', { updatedAt: 1 }) }];
    expect(recordsToImport(local, incoming).map((r) => r.entry.id)).toEqual(['h_3']);
    expect(recordsToImport(local, [{ entry: entry('h_1', { updatedAt: 11 }) }])).toHaveLength(1);
  });
});
