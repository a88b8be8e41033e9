import { describe, expect, it } from 'vitest';
import { createDemoBackend } from '../../server/demo';
import { PersistentResponseStore, type StoreBackend, type StoredRecord } from './persistent-store';

/** A backend that outlives the store, like IndexedDB outlives a stopped worker. */
function memoryBackend() {
  const records = new Map<string, StoredRecord>();
  let failing = false;
  const backend: StoreBackend = {
    loadAll: () => Promise.resolve(structuredClone([...records.values()])),
    write: (puts, deletes) => {
      if (failing) return Promise.reject(new Error('QuotaExceededError'));
      for (const record of puts) records.set(record.id, structuredClone(record));
      for (const id of deletes) records.delete(id);
      return Promise.resolve();
    },
  };
  return { backend, records, fail: (on: boolean) => (failing = on) };
}

const post = (demo: ReturnType<typeof createDemoBackend>, body: object) =>
  demo(
    new Request('https://h.test/app/demo/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );

async function worker(backend: StoreBackend, limit = 500) {
  const store = new PersistentResponseStore(backend, limit);
  await store.load();
  return { store, demo: createDemoBackend({ basePath: '/app/demo', store, defaultPaceMs: 0 }) };
}

describe('PersistentResponseStore', () => {
  it('a follow-up still finds its previous response after the worker was stopped and started again', async () => {
    const { backend } = memoryBackend();
    const first = await worker(backend);
    const answer = (await (await post(first.demo, { model: 'gpt-4.1', input: 'hello' })).json()) as {
      id: string;
    };
    await first.store.flush();

    const second = await worker(backend); // a new worker: memory is gone, the backend is not
    const followUp = await post(second.demo, {
      model: 'gpt-4.1',
      input: 'and then?',
      previous_response_id: answer.id,
    });
    expect(followUp.status).toBe(200);
    const got = await second.demo(new Request(`https://h.test/app/demo/v1/responses/${answer.id}`));
    expect(((await got.json()) as { status: string }).status).toBe('completed');
  });

  it('writes a streamed response only once it has finished, with its final state', async () => {
    const { backend, records } = memoryBackend();
    const { store, demo } = await worker(backend);
    const response = await post(demo, { model: 'gpt-4.1', input: 'hi', stream: true });
    await store.flush();
    expect(records.size).toBe(0); // still streaming
    await response.text();
    await store.flush();
    expect([...records.values()].map((r) => r.entry.response.status)).toEqual(['completed']);
  });

  it('forgets deleted responses and those the limit dropped, and reloads in order', async () => {
    const { backend, records } = memoryBackend();
    const { store, demo } = await worker(backend, 2);
    const ids: string[] = [];
    for (const input of ['a', 'b', 'c'])
      ids.push(((await (await post(demo, { model: 'm', input })).json()) as { id: string }).id);
    await store.flush();
    expect([...records.keys()].sort()).toEqual([ids[1], ids[2]].sort());
    await demo(new Request(`https://h.test/app/demo/v1/responses/${ids[1]}`, { method: 'DELETE' }));
    await store.flush();
    expect([...records.keys()]).toEqual([ids[2]]);

    const again = await worker(backend, 2);
    expect(again.store.get(ids[2]!)).toBeDefined();
    expect(again.store.size).toBe(1);
  });

  it('keeps answering from memory when the backend fails, and writes later', async () => {
    const { backend, records, fail } = memoryBackend();
    const { store, demo } = await worker(backend);
    fail(true);
    const answer = (await (await post(demo, { model: 'm', input: 'x' })).json()) as { id: string };
    await store.flush();
    expect(store.get(answer.id)).toBeDefined();
    fail(false);
    await store.flush();
    expect(records.has(answer.id)).toBe(true);
  });
});
