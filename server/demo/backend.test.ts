import { describe, expect, it, vi } from 'vitest';
import { createDemoBackend } from './backend';
import type { JsonMap } from './request';
import { SEED_PARALLEL_TOOLS as SEED_REQUEST } from '../../src/core/presets/builtin-presets';
import type { WireEvent } from './sequence';
import { checkSequence, parseSse, schemaErrors } from './testing';

const URL_BASE = 'http://demo.test/demo/v1';

function post(backend: ReturnType<typeof createDemoBackend>, body: unknown, init: RequestInit = {}) {
  return backend(
    new Request(`${URL_BASE}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      ...init,
    }),
  );
}

async function stream(
  backend: ReturnType<typeof createDemoBackend>,
  body: Record<string, unknown>,
): Promise<WireEvent[]> {
  const res = await post(backend, { ...body, stream: true });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return parseSse(await res.text());
}

const fast = () => createDemoBackend({ defaultPaceMs: 0 });
const last = (events: WireEvent[]) =>
  events.at(-1)?.response as JsonMap & { output: JsonMap[]; usage: JsonMap };

describe('demo backend: text answers', () => {
  it('streams a well-formed Markdown answer that mentions the input', async () => {
    const events = await stream(fast(), { model: 'gpt-4.1', input: 'Explain SSE in one paragraph' });
    const [item] = checkSequence(events);
    const response = last(events);
    expect(response.id).toMatch(/^resp_[0-9a-f]{48}$/);
    expect(item?.id).toMatch(/^msg_[0-9a-f]{48}$/);
    expect(response.status).toBe('completed');
    const text = ((item?.content as JsonMap[])[0]?.text ?? '') as string;
    expect(text).toContain('Explain SSE in one paragraph');
    for (const part of [
      /^## /m,
      /^- /m,
      /`[^`]+`/,
      /```\w+\n/,
      /\]\(https:\/\//,
      /\*\*[^*]+\*\*/,
      /[\u4e00-\u9fff]/,
      /\p{Extended_Pictographic}/u,
    ]) {
      expect(text).toMatch(part);
    }
    const deltas = events.filter((e) => e.type === 'response.output_text.delta');
    expect(deltas.length).toBeGreaterThan(50);
    // No delta splits a surrogate pair.
    for (const d of deltas)
      expect(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(d.delta as string),
      ).toBe(false);
    expect(response.usage).toMatchObject({
      output_tokens: deltas.length,
      output_tokens_details: { reasoning_tokens: 0 },
    });
  });

  it('answers plain JSON when stream is not true', async () => {
    const res = await post(fast(), {
      model: 'gpt-4.1',
      input: '你好，介绍一下你自己',
      metadata: { topic: 'x' },
    });
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as JsonMap & { output: JsonMap[] };
    expect(body).toMatchObject({
      object: 'response',
      status: 'completed',
      model: 'gpt-4.1',
      metadata: { topic: 'x' },
      previous_response_id: null,
    });
    expect(JSON.stringify(body.output)).toContain('你好，介绍一下你自己');
  });

  it('is deterministic in content but gives each response its own id', async () => {
    const backend = fast();
    const a = (await (await post(backend, { model: 'gpt-4.1', input: 'same' })).json()) as JsonMap & {
      output: JsonMap[];
    };
    const b = (await (await post(backend, { model: 'gpt-4.1', input: 'same' })).json()) as JsonMap & {
      output: JsonMap[];
    };
    expect(a.id).not.toBe(b.id);
    expect(JSON.stringify(a.output[0]?.content)).toBe(JSON.stringify(b.output[0]?.content));
  });

  it('forces N deltas with metadata.demo_deltas, unpaced with demo_pace_ms 0', async () => {
    const events = await stream(createDemoBackend(), {
      model: 'gpt-4.1',
      input: 'bench',
      metadata: { demo_pace_ms: '0', demo_deltas: '20000' },
    });
    checkSequence(events);
    expect(events.filter((e) => e.type === 'response.output_text.delta')).toHaveLength(20000);
  });

  it('paces deltas (defaultPaceMs, overridden by metadata.demo_pace_ms)', async () => {
    const started = Date.now();
    await stream(createDemoBackend({ defaultPaceMs: 0 }), {
      model: 'm',
      input: 'x',
      metadata: { demo_pace_ms: '20', demo_deltas: '10' },
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(180);
  });
});

describe('demo backend: function calls', () => {
  it('answers the seed request with 4 parallel calls whose arguments fit the schemas', async () => {
    const events = await stream(fast(), SEED_REQUEST);
    const items = checkSequence(events);
    expect(items.map((i) => i.name)).toEqual([
      'random_generator',
      'system_info',
      'math_calculator',
      'current_time',
    ]);
    for (const [index, item] of items.entries()) {
      expect(item).toMatchObject({ type: 'function_call', status: 'completed' });
      expect(item.id).toMatch(/^fc_[0-9a-f]{48}$/);
      expect(item.call_id).toMatch(/^call_[A-Za-z0-9]{24}$/);
      const schema = SEED_REQUEST.tools[index]?.parameters as unknown as JsonMap;
      expect(schemaErrors(JSON.parse(item.arguments as string) as JsonMap, schema)).toEqual([]);
      expect(
        events.filter((e) => e.type === 'response.function_call_arguments.delta' && e.output_index === index)
          .length,
      ).toBeGreaterThan(0);
    }
    expect(JSON.parse(items[0]?.arguments as string)).toEqual({ min: 1, max: 100, count: 3 });
    expect(JSON.parse(items[2]?.arguments as string)).toEqual({ a: 123.5, b: 456.7, operation: 'add' });
  });

  it('honours tool_choice none, a named function and parallel_tool_calls false', async () => {
    const backend = fast();
    const none = checkSequence(await stream(backend, { ...SEED_REQUEST, tool_choice: 'none' }));
    expect(none.map((i) => i.type)).toEqual(['message']);
    const named = checkSequence(
      await stream(backend, { ...SEED_REQUEST, tool_choice: { type: 'function', name: 'current_time' } }),
    );
    expect(named.map((i) => i.name)).toEqual(['current_time']);
    const single = checkSequence(await stream(backend, { ...SEED_REQUEST, parallel_tool_calls: false }));
    expect(single).toHaveLength(1);
  });

  it('answers function_call_output items, quoting them, via previous_response_id', async () => {
    const backend = fast();
    const first = checkSequence(await stream(backend, SEED_REQUEST));
    // An item id is not a response id.
    expect((await backend(new Request(`${URL_BASE}/responses/${first[0]?.id as string}`))).status).toBe(404);
    const outputs = first.map((call, i) => ({
      type: 'function_call_output',
      call_id: call.call_id,
      output: `{"result":"value-${i} ✓"}`,
    }));
    const prev = (await (await post(backend, SEED_REQUEST)).json()) as JsonMap & {
      id: string;
      output: JsonMap[];
    };
    const answer = await stream(backend, {
      model: 'gpt-4.1',
      previous_response_id: prev.id,
      input: prev.output.map((call, i) => ({
        type: 'function_call_output',
        call_id: call.call_id,
        output: outputs[i]?.output,
      })),
    });
    const [message] = checkSequence(answer);
    const text = JSON.stringify(message);
    for (let i = 0; i < 4; i++) expect(text).toContain(`value-${i} ✓`);
    for (const name of ['random_generator', 'system_info', 'math_calculator', 'current_time'])
      expect(text).toContain(name);
    expect(last(answer).previous_response_id).toBe(prev.id);
  });

  it('answers tool outputs given as a replayed input without previous_response_id', async () => {
    const events = await stream(fast(), {
      model: 'gpt-4.1',
      input: [
        { role: 'user', content: 'What time is it?' },
        { type: 'function_call', call_id: 'call_1', name: 'current_time', arguments: '{}' },
        { type: 'function_call_output', call_id: 'call_1', output: '2025-08-25 17:30 CST' },
      ],
      tools: SEED_REQUEST.tools,
    });
    const text = JSON.stringify(checkSequence(events));
    expect(text).toContain('2025-08-25 17:30 CST');
    expect(text).toContain('current_time');
  });
});

describe('demo backend: threads, reasoning, structured output', () => {
  it('chains previous_response_id and rejects unknown ids like OpenAI', async () => {
    const backend = fast();
    const first = (await (
      await post(backend, { model: 'gpt-4.1', input: 'first question' })
    ).json()) as JsonMap & { id: string };
    const second = last(
      await stream(backend, { model: 'gpt-4.1', input: 'second question', previous_response_id: first.id }),
    );
    expect(second.previous_response_id).toBe(first.id);
    expect(JSON.stringify(second.output)).toContain('turn 2');
    const fetched = await backend(new Request(`${URL_BASE}/responses/${second.id as string}`));
    expect(((await fetched.json()) as JsonMap).status).toBe('completed');

    const missing = await post(backend, { model: 'gpt-4.1', input: 'x', previous_response_id: 'resp_nope' });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({
      error: {
        message: "Previous response with id 'resp_nope' not found.",
        type: 'invalid_request_error',
        param: 'previous_response_id',
        code: 'previous_response_not_found',
      },
    });
  });

  it('does not keep store:false responses', async () => {
    const backend = fast();
    const body = (await (
      await post(backend, { model: 'gpt-4.1', input: 'x', store: false })
    ).json()) as JsonMap;
    expect(
      (await post(backend, { model: 'gpt-4.1', input: 'y', previous_response_id: body.id })).status,
    ).toBe(400);
  });

  it('streams a reasoning item with summary parts before the answer', async () => {
    const events = await stream(fast(), {
      model: 'o4-mini',
      input: 'Why is the sky blue?',
      reasoning: { effort: 'low', summary: 'auto' },
    });
    const items = checkSequence(events);
    expect(items.map((i) => i.type)).toEqual(['reasoning', 'message']);
    expect(items[0]?.id).toMatch(/^rs_/);
    expect((items[0]?.summary as JsonMap[]).length).toBe(2);
    const types = events.map((e) => e.type);
    const first = types.indexOf('response.reasoning_summary_part.added');
    expect(types.slice(first, first + 2)).toEqual([
      'response.reasoning_summary_part.added',
      'response.reasoning_summary_text.delta',
    ]);
    expect(types.indexOf('response.reasoning_summary_part.done')).toBeLessThan(
      types.indexOf('response.output_text.delta'),
    );
    const usage = last(events).usage as { output_tokens_details: { reasoning_tokens: number } };
    expect(usage.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(last(events).reasoning).toEqual({ effort: 'low', summary: 'auto' });
  });

  it('answers json_schema requests with JSON that fits the schema', async () => {
    const schema = {
      type: 'object',
      properties: {
        title: { type: 'string' },
        rating: { type: 'integer', minimum: 1, maximum: 5 },
        tags: { type: 'array', items: { type: 'string', enum: ['a', 'b', 'c'] }, minItems: 1 },
        author: {
          type: 'object',
          properties: { name: { type: 'string' }, verified: { type: 'boolean' } },
          required: ['name', 'verified'],
          additionalProperties: false,
        },
        score: { type: ['number', 'null'] },
      },
      required: ['title', 'rating', 'tags', 'author', 'score'],
      additionalProperties: false,
    };
    const events = await stream(fast(), {
      model: 'gpt-4.1',
      input: 'Review this',
      text: { format: { type: 'json_schema', name: 'review', schema, strict: true } },
    });
    const [message] = checkSequence(events);
    const text = (message?.content as JsonMap[])[0]?.text as string;
    expect(schemaErrors(JSON.parse(text) as JsonMap, schema)).toEqual([]);
    expect(last(events).text).toMatchObject({ format: { type: 'json_schema', name: 'review' } });
  });
});

describe('demo backend: errors and endings', () => {
  it.each([
    ['demo-error-401', 401, 'invalid_api_key', 'invalid_request_error'],
    ['demo-error-429', 429, 'rate_limit_exceeded', 'tokens'],
    ['demo-error-500', 500, null, 'server_error'],
  ])('%s answers HTTP %i with an OpenAI error body', async (model, status, code, type) => {
    const res = await post(fast(), { model, input: 'x', stream: true });
    expect(res.status).toBe(status);
    const body = (await res.json()) as { error: JsonMap };
    expect(body.error).toMatchObject({ code, type, param: null });
    expect(body.error.message).toEqual(expect.any(String));
  });

  it('demo-cut stops mid-text without a terminal event', async () => {
    const events = await stream(fast(), { model: 'demo-cut', input: 'x' });
    expect(events.some((e) => e.type === 'response.output_text.delta')).toBe(true);
    expect(events.some((e) => /response\.(completed|incomplete|failed)|output_text\.done/.test(e.type))).toBe(
      false,
    );
  });

  it('demo-error-event sends an error event, then response.failed', async () => {
    const events = await stream(fast(), { model: 'demo-error-event', input: 'x' });
    expect(events.slice(-2).map((e) => e.type)).toEqual(['error', 'response.failed']);
    expect(events.at(-2)).toMatchObject({
      error: { code: 'server_error', message: expect.any(String) as string },
    });
    expect(last(events)).toMatchObject({ status: 'failed', error: { code: 'server_error' } });
    events.forEach((e, i) => expect(e.sequence_number).toBe(i));
  });

  it('demo-incomplete and a small max_output_tokens end with response.incomplete', async () => {
    for (const body of [{ model: 'demo-incomplete' }, { model: 'gpt-4.1', max_output_tokens: 20 }]) {
      const events = await stream(fast(), { ...body, input: 'Tell me a story' });
      const [message] = checkSequence(events, 'response.incomplete');
      expect(message?.status).toBe('incomplete');
      expect(last(events)).toMatchObject({
        status: 'incomplete',
        incomplete_details: { reason: 'max_output_tokens' },
      });
    }
    const limited = last(
      await stream(fast(), { model: 'gpt-4.1', max_output_tokens: 20, input: 'Tell me a story' }),
    );
    expect((limited.usage as { output_tokens: number }).output_tokens).toBe(20);
  });

  it('demo-refusal streams a refusal part', async () => {
    const events = await stream(fast(), { model: 'demo-refusal', input: 'x' });
    const [message] = checkSequence(events);
    expect((message?.content as JsonMap[])[0]).toMatchObject({
      type: 'refusal',
      refusal: expect.stringContaining("can't help") as string,
    });
    expect(events.some((e) => e.type === 'response.refusal.delta')).toBe(true);
  });

  it('rejects bad bodies, unknown paths and unknown ids with OpenAI shapes', async () => {
    const backend = fast();
    const badJson = await post(backend, '{"model":');
    expect(badJson.status).toBe(400);
    expect(((await badJson.json()) as { error: JsonMap }).error).toMatchObject({
      type: 'invalid_request_error',
      param: null,
      code: null,
    });
    const noModel = await post(backend, { input: 'x' });
    expect(((await noModel.json()) as { error: JsonMap }).error).toMatchObject({
      param: 'model',
      code: 'missing_required_parameter',
    });
    expect((await post(backend, { model: 'm', input: 'x', max_output_tokens: 5 })).status).toBe(400);
    const unknown = await backend(new Request(`${URL_BASE}/nothing`));
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { message: 'Invalid URL (GET /demo/v1/nothing)' } });
    expect((await backend(new Request(`${URL_BASE}/responses/resp_missing`))).status).toBe(404);
  });

  it('answers CORS preflights and lists models, granting no origin itself (demo-mount.ts does)', async () => {
    const backend = fast();
    const preflight = await backend(
      new Request(`${URL_BASE}/responses`, {
        method: 'OPTIONS',
        headers: { 'access-control-request-headers': 'authorization, content-type' },
      }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toContain('authorization');
    const models = await backend(new Request(`${URL_BASE}/models`));
    expect(models.headers.get('access-control-allow-origin')).toBeNull();
    const list = (await models.json()) as { data: { id: string }[] };
    expect(list.data.map((m) => m.id)).toContain('demo-error-429');
  });
});

describe('demo backend: abort', () => {
  it('stops generating when the client disconnects', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 10 });
    const controller = new AbortController();
    const res = await post(
      backend,
      { model: 'gpt-4.1', input: 'long', stream: true, metadata: { demo_deltas: '100000' } },
      { signal: controller.signal },
    );
    const reader = res.body!.getReader();
    let text = '';
    while (!text.includes('output_text.delta')) text += new TextDecoder().decode((await reader.read()).value);
    const id = /"id":"(resp_[0-9a-f]+)"/.exec(text)?.[1] ?? '';
    controller.abort();
    const state = async () =>
      (await (await backend(new Request(`${URL_BASE}/responses/${id}`))).json()) as JsonMap;
    // The abort reaches the generator on its next step: wait for it rather than for a fixed time.
    await vi.waitFor(async () => expect((await state()).status).toBe('cancelled'), { timeout: 5000 });
    const read = await reader.read().catch(() => ({ done: true }));
    expect(read.done).toBe(true);
  });

  it('stops generating when the reader cancels the body', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 5 });
    const res = await post(backend, {
      model: 'gpt-4.1',
      input: 'long',
      stream: true,
      metadata: { demo_deltas: '100000' },
    });
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const id = /"id":"(resp_[0-9a-f]+)"/.exec(first)?.[1] ?? '';
    await reader.cancel();
    const stored = (await (await backend(new Request(`${URL_BASE}/responses/${id}`))).json()) as JsonMap;
    expect(stored.status).toBe('cancelled');
  });
});
