/**
 * Oracle: recorded streams folded by our reducer and by openai-node 6.49's own accumulator
 * (`ResponseStream.finalResponse()`, and `accumulateResponse` event by event). Where the SDK is
 * known to be wrong for relay-shaped streams (it throws on a flat `error` frame without an `event:`
 * line, and on non-JSON data; it dispatches an `event:` block without data), the difference is
 * asserted explicitly.
 */
import { Stream } from 'openai/core/streaming';
import { accumulateResponse } from 'openai/lib/responses/ResponseAccumulator';
import { ResponseStream } from 'openai/lib/responses/ResponseStream';
import type { Response as ApiResponse, ResponseStreamEvent } from 'openai/resources/responses/responses';
import { describe, expect, it } from 'vitest';
import { fixture, fixtureNames, fold, sseActions, sseData } from './fixtures/replay';
import { mapUsage } from './lifecycle';
import { initialView, reduceRun } from './reduce';
import { finalResponseJson, functionCalls, outputText } from './selectors';
import type { JsonObject, ResponseView, WireEvent } from './types';

/** The SDK path without a client: SSE bytes → Stream → NDJSON → ResponseStream (no network). */
async function sdkFinal(text: string): Promise<ApiResponse> {
  const sse = Stream.fromSSEResponse<ResponseStreamEvent>(
    new Response(new TextEncoder().encode(text)),
    new AbortController(),
  );
  return ResponseStream.fromReadableStream(sse.toReadableStream()).finalResponse();
}

/** Drop what `finalResponse()` adds for structured outputs (`parsed`, `parsed_arguments`): not wire data. */
function wireOnly(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (key, v: unknown) =>
      key === 'parsed' || key === 'parsed_arguments' ? undefined : v,
    ),
  );
}

function events(text: string): ResponseStreamEvent[] {
  return sseData(text)
    .filter((data) => data !== '[DONE]')
    .map((data) => JSON.parse(data) as ResponseStreamEvent);
}

function ourOutput(view: ResponseView): unknown[] {
  return (finalResponseJson(view)?.output as unknown[] | undefined) ?? [];
}

/**
 * Our one deliberate difference while streaming: `mcp_list_tools.*` status events set `status` on
 * the item (the card shows progress); the SDK ignores them. `output_item.done` replaces it anyway.
 */
function withoutOwnStatus(ours: unknown[], sdk: unknown[]): unknown[] {
  return ours.map((item, i) => {
    const theirs = sdk[i] as JsonObject | undefined;
    const mine = item as JsonObject;
    if (mine.type !== 'mcp_list_tools' || theirs === undefined || 'status' in theirs) return item;
    const { status: _status, ...rest } = mine;
    return rest;
  });
}

const CLEAN = [
  'text-markdown',
  'parallel-function-calls',
  'reasoning',
  'refusal',
  'web-search-annotations',
  'hosted-tools',
  'relay-data-only-done',
];

describe('oracle: clean streams agree with the SDK accumulator', () => {
  it('has every fixture covered by some test here', () => {
    const relay = [
      'relay-completed-empty-output',
      'relay-completed-no-output',
      'relay-missing-content',
      'stream-error',
      'cut-stream',
    ];
    expect([...fixtureNames].sort()).toEqual([...CLEAN, ...relay].sort());
  });

  it.each(CLEAN)('%s: final output, status, usage and text match finalResponse()', async (name) => {
    const text = fixture(name);
    const view = fold(sseActions(text));
    const sdk = await sdkFinal(text);
    expect(ourOutput(view)).toEqual(wireOnly(sdk.output));
    expect(view.status).toBe(sdk.status);
    expect(view.usage).toEqual(mapUsage(sdk.usage));
    expect(view.responseId).toBe(sdk.id);
    expect(outputText(view)).toBe(sdk.output_text);
    expect(view.error).toBeUndefined();
  });

  it.each(CLEAN)('%s: output matches accumulateResponse() after every single event', (name) => {
    let snapshot: ApiResponse | undefined;
    let view = reduceRun(initialView(), { kind: 'start', at: 0 });
    for (const event of events(fixture(name))) {
      snapshot = accumulateResponse(event, snapshot);
      view = reduceRun(view, { kind: 'event', at: 1, event: event as WireEvent, raw: '' });
      const sdkOutput = wireOnly(snapshot.output) as unknown[];
      expect(withoutOwnStatus(ourOutput(view), sdkOutput), event.type).toEqual(sdkOutput);
    }
  });

  it('parallel calls keep four separate accumulators', () => {
    const calls = functionCalls(fold(sseActions(fixture('parallel-function-calls'))));
    expect(calls.map(({ name, arguments: args, done }) => ({ name, args, done }))).toEqual([
      { name: 'current_time', args: '{}', done: true },
      { name: 'system_info', args: '{}', done: true },
      { name: 'math_calculator', args: '{"operation":"add","a":123.5,"b":456.7}', done: true },
      { name: 'random_generator', args: '{"min":1,"max":100,"count":3}', done: true },
    ]);
    expect(new Set(calls.map((c) => c.callId)).size).toBe(4);
  });
});

describe('oracle: relay-shaped streams where the SDK is known wrong', () => {
  it('completed with output: [] → the SDK loses every item; we keep them (new-api #4362)', async () => {
    const text = fixture('relay-completed-empty-output');
    const sdk = await sdkFinal(text);
    // The SDK replaces its snapshot with response.completed's `response`: everything streamed is gone.
    expect(sdk.output).toEqual([]);
    expect(sdk.output_text).toBe('');

    const view = fold(sseActions(text));
    expect(view.status).toBe('completed');
    expect(outputText(view)).toBe('我先查一下当前时间。');
    expect(functionCalls(view)).toMatchObject([{ name: 'current_time', arguments: '{}', done: true }]);
    // What we keep is exactly what the SDK had accumulated just before it threw it away.
    const all = events(text);
    let before: ApiResponse | undefined;
    for (const event of all.slice(0, -1)) before = accumulateResponse(event, before);
    expect(ourOutput(view)).toEqual(before?.output);
    expect(finalResponseJson(view)?.usage).toEqual(sdk.usage);
  });

  it('completed without `output` → 6.49 rejects; we keep the items (9router #705)', async () => {
    const text = fixture('relay-completed-no-output');
    // 6.49 clones the lifecycle response and iterates `output` for output_text: TypeError.
    await expect(sdkFinal(text)).rejects.toThrow(/iterable/);
    const view = fold(sseActions(text));
    expect(view.status).toBe('completed');
    expect(outputText(view)).toBe('Done ✅');
    expect(view.usage).toEqual({
      inputTokens: 9,
      cachedTokens: 0,
      outputTokens: 4,
      reasoningTokens: 0,
      totalTokens: 13,
    });
  });

  it('missing content/summary arrays, item_id and sequence_number → the SDK throws; we fold it (new-api bridge)', async () => {
    const text = fixture('relay-missing-content');
    // Its reasoning-summary handler indexes `output.summary`, which the bridge never sends.
    await expect(sdkFinal(text)).rejects.toThrow(/Cannot read properties of undefined/);
    const view = fold(sseActions(text));
    expect(view.status).toBe('completed');
    expect(view.notices).toEqual([]);
    expect(outputText(view)).toBe('2 的 10 次方是 **1024**。');
    const [reasoning, message] = ourOutput(view) as JsonObject[];
    // The final copy is authoritative, but it lacks `summary`: we keep the one we accumulated.
    expect(reasoning?.summary).toEqual([
      { type: 'summary_text', text: '用户想知道 2 的 10 次方。2^10 = 1024。' },
    ]);
    expect(reasoning?.content).toEqual([
      { type: 'summary_text', text: '用户想知道 2 的 10 次方。2^10 = 1024。' },
    ]);
    expect(message?.content).toEqual([
      { type: 'output_text', text: '2 的 10 次方是 **1024**。', annotations: [] },
    ]);
  });

  it('nested error event + response.failed → the SDK rejects; we show failed and keep the text', async () => {
    const text = fixture('stream-error');
    // 6.49's Stream throws an APIError on any frame whose data has a truthy `error`.
    await expect(sdkFinal(text)).rejects.toThrow(/server had an error/);
    const view = fold(sseActions(text));
    expect(view.status).toBe('failed');
    expect(view.error).toMatchObject({ kind: 'stream', code: 'server_error' });
    expect(view.error?.message).toMatch(/^The server had an error processing your request/);
    expect(outputText(view)).toBe('长篇回答的开头……');
  });

  it('no terminal event → the SDK resolves in_progress; we report the cut, same output', async () => {
    const text = fixture('cut-stream');
    const sdk = await sdkFinal(text);
    expect(sdk.status).toBe('in_progress');
    const view = fold(sseActions(text));
    expect(view.status).toBe('failed');
    expect(view.error?.kind).toBe('cut');
    expect(ourOutput(view)).toEqual(wireOnly(sdk.output));
    expect(outputText(view)).toBe('The connection dropped while I was explaining 流式传输');
  });
});
