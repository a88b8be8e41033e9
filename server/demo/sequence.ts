/**
 * The sequence builder: turns a plan (which items, which ending) into the exact event sequence of
 * api.openai.com (created, in_progress, then per item added → content part → deltas → done, then
 * completed), lazily, so a 100 000-delta stream never sits in memory.
 * It fills the live Response object as it goes, so the store can serve it while it streams.
 */
import type { IdFactory } from './ids';
import type { JsonMap } from './request';
import type { OutputItem, ResponseObject } from './response-object';
import { snapshot } from './response-object';
import type { TokenSeq } from './tokens';

export type PlannedItem =
  | { kind: 'reasoning'; summaries: string[][]; hiddenTokens: number }
  | { kind: 'message'; tokens: TokenSeq }
  | { kind: 'refusal'; tokens: TokenSeq }
  | { kind: 'function_call'; name: string; tokens: TokenSeq };

/** How the response ends; `budget` is the number of output tokens produced before it does. */
export type Ending =
  | { kind: 'completed' }
  | { kind: 'incomplete'; budget: number }
  | { kind: 'failed'; budget: number; message: string }
  | { kind: 'cut'; budget: number };

export interface Plan {
  items: PlannedItem[];
  ending: Ending;
  inputTokens: number;
  cachedTokens: number;
}

export type WireEvent = { type: string; sequence_number: number; [key: string]: unknown };

/** One event; `delta` marks the ones that pacing spaces out. */
export interface Step {
  event: WireEvent;
  delta: boolean;
}

export interface SequenceOptions {
  ids: IdFactory;
  /** Seconds since the epoch, for `completed_at`. */
  nowSeconds: () => number;
  /** Padding for delta events (`obfuscation`), or null when the request turned it off. */
  obfuscation: (() => string) | null;
  /** `background: true`: the response is `queued` (response.created, response.queued) before it starts. */
  background?: boolean;
}

/** Total output tokens a plan would produce if nothing stops it. */
export function plannedTokens(items: PlannedItem[]): number {
  let total = 0;
  for (const item of items) {
    if (item.kind === 'reasoning')
      total += item.hiddenTokens + item.summaries.reduce((n, s) => n + s.length, 0);
    else total += item.tokens.length;
  }
  return total;
}

export function* buildSequence(
  plan: Plan,
  response: ResponseObject,
  options: SequenceOptions,
): Generator<Step> {
  let seq = 0;
  let used = 0;
  let reasoningTokens = 0;
  const limit = plan.ending.kind === 'completed' ? Infinity : plan.ending.budget;
  const ev = (type: string, fields: Record<string, unknown>, delta = false): Step => ({
    event: { type, sequence_number: seq++, ...fields },
    delta,
  });
  const pad = (): Record<string, unknown> =>
    options.obfuscation ? { obfuscation: options.obfuscation() } : {};

  if (options.background) {
    response.status = 'queued';
    yield ev('response.created', { response: snapshot(response) });
    yield ev('response.queued', { response: snapshot(response) });
    response.status = 'in_progress';
  } else {
    yield ev('response.created', { response: snapshot(response) });
  }
  yield ev('response.in_progress', { response: snapshot(response) });

  let stopped = false;
  for (const planned of plan.items) {
    if (used >= limit) {
      stopped = true;
      break;
    }
    const output_index = response.output.length;
    const kind = planned.kind === 'function_call' ? 'fc' : planned.kind === 'reasoning' ? 'rs' : 'msg';
    const item_id = options.ids.item(kind);
    let item: OutputItem;
    if (planned.kind === 'reasoning') {
      item = { id: item_id, type: 'reasoning', summary: [] };
      yield ev('response.output_item.added', { output_index, item });
      used += planned.hiddenTokens;
      reasoningTokens += planned.hiddenTokens;
      const summary: { type: 'summary_text'; text: string }[] = [];
      for (const [summary_index, tokens] of planned.summaries.entries()) {
        if (used >= limit) {
          stopped = true;
          break;
        }
        const at = { item_id, output_index, summary_index };
        yield ev('response.reasoning_summary_part.added', {
          ...at,
          part: { type: 'summary_text', text: '' },
        });
        let text = '';
        for (const delta of tokens) {
          if (used >= limit) break;
          used++;
          reasoningTokens++;
          text += delta;
          yield ev('response.reasoning_summary_text.delta', { ...at, delta, ...pad() }, true);
        }
        yield ev('response.reasoning_summary_text.done', { ...at, text });
        yield ev('response.reasoning_summary_part.done', { ...at, part: { type: 'summary_text', text } });
        summary.push({ type: 'summary_text', text });
      }
      item = { id: item_id, type: 'reasoning', summary };
    } else if (planned.kind === 'function_call') {
      const base = {
        id: item_id,
        type: 'function_call',
        status: 'in_progress',
        arguments: '',
        call_id: options.ids.callId(),
        name: planned.name,
      };
      yield ev('response.output_item.added', { output_index, item: base });
      let args = '';
      for (const delta of planned.tokens) {
        if (used >= limit) {
          stopped = true;
          break;
        }
        used++;
        args += delta;
        yield ev('response.function_call_arguments.delta', { item_id, output_index, delta, ...pad() }, true);
      }
      item = { ...base, status: stopped ? 'incomplete' : 'completed', arguments: args };
      if (stopped && plan.ending.kind !== 'incomplete') {
        response.output.push({ ...item, status: 'in_progress' });
        break;
      }
      yield ev('response.function_call_arguments.done', { item_id, output_index, arguments: args });
    } else {
      const refusal = planned.kind === 'refusal';
      yield ev('response.output_item.added', {
        output_index,
        item: { id: item_id, type: 'message', status: 'in_progress', content: [], role: 'assistant' },
      });
      const at = { item_id, output_index, content_index: 0 };
      const empty = refusal
        ? { type: 'refusal', refusal: '' }
        : { type: 'output_text', annotations: [], logprobs: [], text: '' };
      yield ev('response.content_part.added', { ...at, part: empty });
      let text = '';
      for (const delta of planned.tokens) {
        if (used >= limit) {
          stopped = true;
          break;
        }
        used++;
        text += delta;
        if (refusal) yield ev('response.refusal.delta', { ...at, delta }, true);
        else yield ev('response.output_text.delta', { ...at, delta, logprobs: [], ...pad() }, true);
      }
      const part: JsonMap = refusal
        ? { type: 'refusal', refusal: text }
        : { type: 'output_text', annotations: [], logprobs: [], text };
      item = {
        id: item_id,
        type: 'message',
        status: stopped ? 'incomplete' : 'completed',
        content: [part],
        role: 'assistant',
      };
      if (stopped && plan.ending.kind !== 'incomplete') {
        response.output.push({ ...item, status: 'in_progress' });
        break;
      }
      if (refusal) yield ev('response.refusal.done', { ...at, refusal: text });
      else yield ev('response.output_text.done', { ...at, text, logprobs: [] });
      yield ev('response.content_part.done', { ...at, part });
    }
    response.output.push(item);
    yield ev('response.output_item.done', { output_index, item });
    if (stopped) break;
  }

  response.usage = {
    input_tokens: plan.inputTokens,
    input_tokens_details: { cached_tokens: plan.cachedTokens },
    output_tokens: used,
    output_tokens_details: { reasoning_tokens: reasoningTokens },
    total_tokens: plan.inputTokens + used,
  };
  const ending = stopped ? plan.ending : ({ kind: 'completed' } as const);
  switch (ending.kind) {
    case 'cut':
      return; // The connection just ends: no terminal event.
    case 'failed': {
      const error = { code: 'server_error', message: ending.message };
      yield ev('error', {
        error: { type: 'server_error', code: 'server_error', message: ending.message, param: null },
      });
      Object.assign(response, { status: 'failed', error, usage: null });
      yield ev('response.failed', { response: snapshot(response) });
      return;
    }
    case 'incomplete':
      Object.assign(response, { status: 'incomplete', incomplete_details: { reason: 'max_output_tokens' } });
      yield ev('response.incomplete', { response: snapshot(response) });
      return;
    case 'completed':
      Object.assign(response, { status: 'completed', completed_at: options.nowSeconds() });
      yield ev('response.completed', { response: snapshot(response) });
      return;
  }
}
