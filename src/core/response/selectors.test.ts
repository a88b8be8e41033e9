import { describe, expect, it } from 'vitest';
import { ev, fixture, fold, sseActions } from './fixtures/replay';
import { initialView } from './reduce';
import { finalResponseJson, functionCalls, outputText, runFigures } from './selectors';
import type { ResponseView } from './types';

const START = { kind: 'start', at: 1000 } as const;

describe('outputText', () => {
  it('joins the output_text parts of every message, skipping refusals and other items', () => {
    const view = fold([
      START,
      ev({ type: 'response.output_text.delta', output_index: 0, content_index: 0, delta: 'A' }),
      ev({ type: 'response.refusal.delta', output_index: 0, content_index: 1, delta: 'no' }),
      ev({ type: 'response.function_call_arguments.delta', output_index: 1, delta: '{}' }),
      ev({ type: 'response.output_text.delta', output_index: 2, content_index: 0, delta: 'B' }),
    ]);
    expect(outputText(view)).toBe('AB');
    expect(outputText(initialView())).toBe('');
  });
});

describe('functionCalls', () => {
  it('lists calls while they stream, then done', () => {
    const added = ev({
      type: 'response.output_item.added',
      output_index: 1,
      item: {
        id: 'fc',
        type: 'function_call',
        call_id: 'call_1',
        name: 'math_calculator',
        arguments: '',
        status: 'in_progress',
      },
    });
    const streaming = fold([
      START,
      added,
      ev({ type: 'response.function_call_arguments.delta', output_index: 1, delta: '{"a":' }),
    ]);
    expect(functionCalls(streaming)).toEqual([
      { outputIndex: 1, callId: 'call_1', name: 'math_calculator', arguments: '{"a":', done: false },
    ]);
  });
});

describe('finalResponseJson', () => {
  it('is undefined before anything arrived', () => {
    expect(finalResponseJson(initialView())).toBeUndefined();
  });

  it('is the last Response object with output from the local items', () => {
    const view = fold(sseActions(fixture('relay-completed-empty-output')));
    const json = finalResponseJson(view);
    expect(json).toMatchObject({ object: 'response', status: 'completed', model: 'gpt-4.1-mini' });
    expect(json?.output).toHaveLength(2);
  });

  it('reflects deltas that arrived after the last lifecycle event', () => {
    const view = fold([
      START,
      ev({
        type: 'response.created',
        response: { id: 'resp_1', object: 'response', status: 'in_progress', output: [] },
      }),
      ev({ type: 'response.output_text.delta', output_index: 0, content_index: 0, delta: 'live' }),
    ]);
    expect(finalResponseJson(view)?.output).toEqual([view.items[0]?.item]);
  });

  it('is synthesised from the items when no Response object arrived', () => {
    const view = fold([
      START,
      ev({ type: 'response.output_text.delta', output_index: 0, content_index: 0, delta: 'hi' }),
      { kind: 'end', at: 2000 },
    ]);
    expect(finalResponseJson(view)).toEqual({
      object: 'response',
      status: 'failed',
      output: [view.items[0]?.item],
      error: { code: null, message: 'The stream ended before the response finished (no response.completed)' },
    });
  });
});

describe('runFigures', () => {
  const view = (timings: ResponseView['timings'], outputTokens?: number): ResponseView => ({
    ...initialView(),
    timings,
    usage: outputTokens === undefined ? undefined : { outputTokens },
  });

  it('computes ttft, total and tokens per second', () => {
    expect(runFigures(view({ startedAt: 1000, firstTokenAt: 1250, endedAt: 3250 }, 100))).toEqual({
      ttftMs: 250,
      totalMs: 2250,
      tokensPerSecond: 50,
    });
  });

  it('leaves unknown figures undefined', () => {
    expect(runFigures(view({}))).toEqual({});
    expect(runFigures(view({ startedAt: 1000, endedAt: 2000 }, 10))).toEqual({ totalMs: 1000 });
    expect(runFigures(view({ startedAt: 1, firstTokenAt: 5, endedAt: 5 }, 10))).toEqual({
      ttftMs: 4,
      totalMs: 4,
    });
  });

  it('works on a folded fixture', () => {
    const figures = runFigures(fold(sseActions(fixture('text-markdown'))));
    expect(figures.ttftMs).toBeGreaterThan(0);
    expect(figures.totalMs).toBeGreaterThan(figures.ttftMs ?? 0);
    expect(figures.tokensPerSecond).toBeGreaterThan(0);
  });
});
