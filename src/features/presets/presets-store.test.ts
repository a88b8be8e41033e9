import { beforeEach, describe, expect, it, vi } from 'vitest';
import { usePresetsStore, validPresets } from './presets-store';

const names = () => usePresetsStore.getState().presets.map((p) => p.name);

describe('user presets', () => {
  beforeEach(() => usePresetsStore.setState({ presets: [] }));

  it('saves, renames, duplicates and deletes with unique names', () => {
    const store = usePresetsStore.getState();
    const a = store.add({ name: 'Seed', requestText: '{"model":"m"}' });
    store.add({ name: 'Seed', requestText: '{"model":"n"}' });
    expect(names()).toEqual(['Seed', 'Seed (2)']);
    store.duplicate(a);
    expect(names()).toEqual(['Seed', 'Seed (copy)', 'Seed (2)']);
    store.rename(a, '  Seed (2) ');
    expect(names()).toEqual(['Seed (3)', 'Seed (copy)', 'Seed (2)']);
    store.rename(a, '   ');
    expect(names()[0]).toBe('Seed (3)');
    store.remove(a);
    expect(names()).toEqual(['Seed (copy)', 'Seed (2)']);
    expect(store.addMany([{ name: 'Seed (2)', description: 'd', requestText: '{}' }])).toBe(1);
    expect(usePresetsStore.getState().presets.at(-1)).toMatchObject({
      name: 'Seed (3)',
      description: 'd',
      requestText: '{}',
    });
  });

  it('keeps only the request: no key, header or base URL fields', () => {
    usePresetsStore
      .getState()
      .add({ name: 'x', requestText: '{}', ...({ apiKey: 'sk-1', baseUrl: 'https://x' } as object) });
    expect(Object.keys(usePresetsStore.getState().presets[0] ?? {}).sort()).toEqual([
      'createdAt',
      'id',
      'name',
      'requestText',
      'updatedAt',
    ]);
  });
});

describe('user presets with tool tests', () => {
  beforeEach(() => usePresetsStore.setState({ presets: [] }));

  it('keeps the tests a preset was saved with, and drops broken stored tests but not the preset', () => {
    const tests = [{ id: 't', input: 'Weather?', expect: [{ name: 'get_weather' }] }];
    usePresetsStore.getState().add({ name: 'w', requestText: '{}', tests });
    expect(usePresetsStore.getState().presets[0]?.tests).toEqual(tests);
    const stored = {
      presets: [
        { id: 'a', name: 'ok', requestText: '{}', createdAt: 1, updatedAt: 1, tests },
        { id: 'b', name: 'broken', requestText: '{}', createdAt: 1, updatedAt: 1, tests: [{ input: '' }] },
      ],
    };
    // What a reload reads back from storage.
    const [ok, broken] = validPresets(stored);
    expect(ok?.tests?.map((t) => t.input)).toEqual(['Weather?']);
    expect(broken).toMatchObject({ name: 'broken' });
    expect(broken?.tests).toBeUndefined();
  });
});

describe('user presets: stored state is an edge', () => {
  it('keeps well-formed presets across a reload and drops the rest', async () => {
    const good = { id: 'p1', name: 'Kept', requestText: '{"model":"m"}', createdAt: 1, updatedAt: 2 };
    localStorage.setItem(
      'rp.presets',
      JSON.stringify({
        version: 1,
        state: {
          presets: [
            good,
            { ...good, id: 'p2', requestText: '{not json' },
            { ...good, id: 'p3', createdAt: 'yesterday' },
            'junk',
            { ...good, id: 'p4', description: 'also kept', apiKey: 'sk-dropped' },
          ],
        },
      }),
    );
    // A fresh module: the store reads storage as it is created, as on a page load.
    vi.resetModules();
    const { usePresetsStore: fresh } = await import('./presets-store');
    expect(fresh.getState().presets).toEqual([good, { ...good, id: 'p4', description: 'also kept' }]);
  });
});
