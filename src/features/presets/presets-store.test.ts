import { beforeEach, describe, expect, it } from 'vitest';
import { usePresetsStore } from './presets-store';

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
