import { describe, expect, it } from 'vitest';
import { createDemoBackend, type DemoBackend } from './backend';
import type { JsonMap } from './request';

const BASE = 'http://demo.test/demo/v1';
type Json = JsonMap & { id: string; output: JsonMap[]; data: JsonMap[] };

const fast = () => createDemoBackend({ defaultPaceMs: 0, queueMs: 0 });
async function call(backend: DemoBackend, method: string, path: string, body?: unknown) {
  const res = await backend(
    new Request(`${BASE}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: res.status, json: (await res.json()) as Json };
}
const text = (response: Json) => JSON.stringify(response.output);

describe('demo backend: conversations', () => {
  it('create, retrieve, update, delete', async () => {
    const backend = fast();
    const made = await call(backend, 'POST', '/conversations', { metadata: { topic: 'demo' } });
    expect(made.json).toMatchObject({ object: 'conversation', metadata: { topic: 'demo' } });
    expect(made.json.id).toMatch(/^conv_[0-9a-f]{48}$/);
    expect((await call(backend, 'GET', `/conversations/${made.json.id}`)).json.id).toBe(made.json.id);
    const updated = await call(backend, 'POST', `/conversations/${made.json.id}`, {
      metadata: { topic: 'x' },
    });
    expect(updated.json.metadata).toEqual({ topic: 'x' });
    expect((await call(backend, 'DELETE', `/conversations/${made.json.id}`)).json).toEqual({
      id: made.json.id,
      object: 'conversation.deleted',
      deleted: true,
    });
    expect((await call(backend, 'GET', `/conversations/${made.json.id}`)).status).toBe(404);
  });

  it('responses in a conversation add their input and output items, and count turns', async () => {
    const backend = fast();
    const conv = (
      await call(backend, 'POST', '/conversations', {
        items: [{ type: 'message', role: 'developer', content: 'Answer briefly.' }],
      })
    ).json;
    const first = await call(backend, 'POST', '/responses', {
      model: 'gpt-4.1',
      input: 'first',
      conversation: conv.id,
    });
    expect(first.json.conversation).toEqual({ id: conv.id });
    const second = await call(backend, 'POST', '/responses', {
      model: 'gpt-4.1',
      input: 'second',
      conversation: { id: conv.id },
    });
    expect(text(second.json)).toContain('turn 2');
    const items = (await call(backend, 'GET', `/conversations/${conv.id}/items?order=asc`)).json.data;
    expect(items.map((i) => `${i.type as string}:${i.role as string}`)).toEqual([
      'message:developer',
      'message:user',
      'message:assistant',
      'message:user',
      'message:assistant',
    ]);
    expect(items.every((i) => typeof i.id === 'string')).toBe(true);
    // Newest first by default.
    const newest = (await call(backend, 'GET', `/conversations/${conv.id}/items?limit=1`)).json;
    expect(newest.data[0]?.id).toBe(items.at(-1)?.id);
    expect(newest.has_more).toBe(true);
  });

  it('refuses an unknown conversation and previous_response_id together with conversation', async () => {
    const backend = fast();
    const unknown = await call(backend, 'POST', '/responses', {
      model: 'm',
      input: 'x',
      conversation: 'conv_nope',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toMatchObject({ error: { param: 'conversation' } });
    const conv = (await call(backend, 'POST', '/conversations', {})).json;
    const prev = (await call(backend, 'POST', '/responses', { model: 'm', input: 'x' })).json;
    const both = await call(backend, 'POST', '/responses', {
      model: 'm',
      input: 'y',
      conversation: conv.id,
      previous_response_id: prev.id,
    });
    expect(both.status).toBe(400);
    expect(both.json).toMatchObject({ error: { code: 'mutually_exclusive_parameters' } });
  });

  it('adds, reads and deletes items', async () => {
    const backend = fast();
    const conv = (await call(backend, 'POST', '/conversations', {})).json;
    const added = await call(backend, 'POST', `/conversations/${conv.id}/items`, {
      items: [
        { type: 'message', role: 'user', content: 'hello' },
        { type: 'message', role: 'assistant', content: 'hi there' },
      ],
    });
    expect(added.json.data.map((i) => i.role)).toEqual(['user', 'assistant']);
    const id = added.json.data[0]?.id as string;
    expect((await call(backend, 'GET', `/conversations/${conv.id}/items/${id}`)).json).toMatchObject({
      id,
      content: [{ type: 'input_text', text: 'hello' }],
    });
    expect((await call(backend, 'DELETE', `/conversations/${conv.id}/items/${id}`)).json.object).toBe(
      'conversation',
    );
    expect((await call(backend, 'GET', `/conversations/${conv.id}/items`)).json.data).toHaveLength(1);
    expect((await call(backend, 'POST', `/conversations/${conv.id}/items`, { items: [] })).status).toBe(400);
  });
});

describe('demo backend: compaction', () => {
  it('compacts a chain into its user messages and one compaction item that the next turn continues from', async () => {
    const backend = fast();
    const one = (
      await call(backend, 'POST', '/responses', { model: 'gpt-4.1', input: 'Tell me about otters' })
    ).json;
    const two = (
      await call(backend, 'POST', '/responses', {
        model: 'gpt-4.1',
        input: 'And beavers?',
        previous_response_id: one.id,
      })
    ).json;
    const compacted = await call(backend, 'POST', '/responses/compact', {
      model: 'gpt-4.1',
      previous_response_id: two.id,
    });
    expect(compacted.status).toBe(200);
    expect(compacted.json).toMatchObject({ object: 'response.compaction' });
    const output = compacted.json.output;
    expect(output.map((i) => i.type)).toEqual(['message', 'message', 'compaction']);
    expect(output.slice(0, 2).map((i) => i.role)).toEqual(['user', 'user']);
    expect(typeof output[2]?.encrypted_content).toBe('string');
    expect(compacted.json.usage).toMatchObject({ input_tokens: expect.any(Number) as number });

    const next = (
      await call(backend, 'POST', '/responses', {
        model: 'gpt-4.1',
        input: [...output, { role: 'user', content: 'Which swims faster?' }],
      })
    ).json;
    expect(text(next)).toContain('turn 3');
    expect(text(next)).toContain('Which swims faster?');
  });

  it('needs a model and something to compact', async () => {
    const backend = fast();
    expect((await call(backend, 'POST', '/responses/compact', { input: 'x' })).status).toBe(400);
    expect((await call(backend, 'POST', '/responses/compact', { model: 'm' })).status).toBe(400);
    expect(
      (await call(backend, 'POST', '/responses/compact', { model: 'm', previous_response_id: 'resp_x' }))
        .status,
    ).toBe(400);
    const direct = await call(backend, 'POST', '/responses/compact', { model: 'm', input: 'just this' });
    expect(direct.json.output.map((i) => i.type)).toEqual(['message', 'compaction']);
  });
});
