/**
 * Builds OpenAI-shaped Responses events for the misbehaving relay: a Response object, a text message
 * and parallel function calls (argument deltas interleaved across calls, as some relays deliver them).
 * Texts are fixed so browser tests can look for them (see README.md).
 */
import { randomBytes } from 'node:crypto';
import { functionTools, inputItems, isMap, lastUserText, toolOutputs } from '../../server/demo/request';
import type { FunctionTool, Json, JsonMap } from '../../server/demo/request';
import { createRng } from '../../server/demo/rng';
import { valueForSchema } from '../../server/demo/schema-args';
import { tokenizeJson, tokenizeText } from '../../server/demo/tokens';

export type WireEvent = { type: string; sequence_number?: number; [key: string]: unknown };
type Item = JsonMap & { id: string };

/** The relay's answer text (Markdown, CJK, emoji). */
export const RELAY_TEXT =
  'Hello from the relay! 你好，世界 👋\n\nThis **streamed** answer arrived in small `delta` events:\n\n- one\n- two\n- three\n\nDone ✅';

/** Markdown that tries to run code (raw HTML, event handlers, javascript: links), for rendering tests. */
export const HOSTILE_MARKDOWN = [
  '# Heading',
  '',
  'Some **bold** text with <script>window.pwned = true</script> inline HTML.',
  '',
  '<img src="x" onerror="window.pwned = true">',
  '',
  '<iframe src="javascript:window.pwned = true"></iframe>',
  '',
  '[click me](javascript:window.pwned=true), [encoded](JaVaScRiPt:window.pwned=true) and [a safe link](https://example.com/).',
  '',
  '```html',
  '<script>window.pwned = true</script>',
  '```',
].join('\n');

/** A long answer for Stop tests (`slow`), about 600 deltas. */
export const SLOW_TEXT = Array.from(
  { length: 30 },
  (_, i) => `Paragraph ${i + 1}: a slow relay streams this story one small piece at a time, 慢慢地 🐢.`,
).join('\n\n');

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export class RelayResponse {
  seq = 0;
  readonly id = `resp_${hex(24)}`;
  readonly output: Item[] = [];
  private readonly suffix = hex(8);
  private readonly base: JsonMap;

  constructor(readonly body: JsonMap | undefined) {
    const b = body ?? {};
    this.base = {
      id: this.id,
      object: 'response',
      created_at: Math.floor(Date.now() / 1000),
      status: 'in_progress',
      error: null,
      incomplete_details: null,
      instructions: b.instructions ?? null,
      max_output_tokens: b.max_output_tokens ?? null,
      model: typeof b.model === 'string' ? b.model : 'gpt-4.1',
      output: [],
      parallel_tool_calls: true,
      previous_response_id: b.previous_response_id ?? null,
      reasoning: { effort: null, summary: null },
      store: true,
      temperature: 1,
      text: { format: { type: 'text' } },
      tool_choice: b.tool_choice ?? 'auto',
      tools: Array.isArray(b.tools) ? b.tools : [],
      top_p: 1,
      truncation: 'disabled',
      usage: null,
      metadata: isMap(b.metadata) ? b.metadata : {},
    };
  }

  itemId(prefix: string): string {
    return `${prefix}_${hex(16)}${this.suffix}`;
  }

  event(type: string, fields: Record<string, unknown> = {}): WireEvent {
    return { type, sequence_number: this.seq++, ...fields };
  }

  /** The Response object with a status, the finished items and usage. */
  snapshot(status: string, extra: JsonMap = {}): JsonMap {
    const done = status !== 'in_progress';
    return {
      ...this.base,
      status,
      output: [...this.output],
      usage: done
        ? {
            input_tokens: 42,
            input_tokens_details: { cached_tokens: 0 },
            output_tokens: 64,
            output_tokens_details: { reasoning_tokens: 0 },
            total_tokens: 106,
          }
        : null,
      ...extra,
    };
  }

  lifecycle(type: string, status: string, extra: JsonMap = {}): WireEvent {
    return this.event(type, { response: this.snapshot(status, extra) });
  }

  start(): WireEvent[] {
    return [
      this.lifecycle('response.created', 'in_progress'),
      this.lifecycle('response.in_progress', 'in_progress'),
    ];
  }

  /**
   * A message item. `stopAfter` deltas leaves it open (for failures); `incomplete` closes it with
   * status incomplete after `stopAfter` deltas.
   */
  message(text: string, options: { stopAfter?: number; incomplete?: boolean } = {}): WireEvent[] {
    const output_index = this.output.length;
    const item_id = this.itemId('msg');
    const at = { item_id, output_index, content_index: 0 };
    const tokens = tokenizeText(text).slice(0, options.stopAfter);
    const events = [
      this.event('response.output_item.added', {
        output_index,
        item: { id: item_id, type: 'message', status: 'in_progress', content: [], role: 'assistant' },
      }),
      this.event('response.content_part.added', {
        ...at,
        part: { type: 'output_text', annotations: [], text: '' },
      }),
      ...tokens.map((delta) => this.event('response.output_text.delta', { ...at, delta, logprobs: [] })),
    ];
    if (options.stopAfter !== undefined && !options.incomplete) return events;
    const final = tokens.join('');
    const part = { type: 'output_text', annotations: [], text: final };
    const item = {
      id: item_id,
      type: 'message',
      status: options.incomplete ? 'incomplete' : 'completed',
      content: [part],
      role: 'assistant',
    };
    this.output.push(item);
    return [
      ...events,
      this.event('response.output_text.done', { ...at, text: final, logprobs: [] }),
      this.event('response.content_part.done', { ...at, part }),
      this.event('response.output_item.done', { output_index, item }),
    ];
  }

  /**
   * One function_call per function tool of the request (or per tool of `tools`), argument deltas
   * interleaved round-robin; `argsText` may replace a call's generated (valid) arguments.
   */
  functionCalls(
    tools: FunctionTool[] = functionTools(this.body ?? {}),
    argsText: (tool: FunctionTool, valid: Json) => string = (_, valid) => JSON.stringify(valid),
  ): WireEvent[] {
    const body = this.body ?? {};
    const text = lastUserText(inputItems(body));
    const calls = tools.map((tool, i) => {
      const args = argsText(tool, valueForSchema(tool.parameters, { rng: createRng(i + 1), text }));
      const item = {
        id: this.itemId('fc'),
        type: 'function_call',
        status: 'in_progress',
        arguments: '',
        call_id: `call_${hex(12)}`,
        name: tool.name,
      };
      return { item, output_index: this.output.length + i, tokens: tokenizeJson(args), args };
    });
    const events = calls.map(({ item, output_index }) =>
      this.event('response.output_item.added', { output_index, item }),
    );
    const rounds = Math.max(0, ...calls.map((c) => c.tokens.length));
    for (let r = 0; r < rounds; r++) {
      for (const { item, output_index, tokens } of calls) {
        const delta = tokens[r];
        if (delta !== undefined)
          events.push(
            this.event('response.function_call_arguments.delta', { item_id: item.id, output_index, delta }),
          );
      }
    }
    for (const { item, output_index, args } of calls) {
      const done = { ...item, status: 'completed', arguments: args };
      this.output.push(done);
      events.push(
        this.event('response.function_call_arguments.done', {
          item_id: item.id,
          output_index,
          arguments: args,
        }),
        this.event('response.output_item.done', { output_index, item: done }),
      );
    }
    return events;
  }

  /** The usual answer: function calls when the request has function tools, else the relay text. */
  answer(): WireEvent[] {
    const body = this.body ?? {};
    const outputs = toolOutputs(inputItems(body));
    if (outputs.length > 0) {
      return this.message(
        `Tool results received:\n\n${outputs.map((o) => `- \`${o.callId}\`: ${o.output}`).join('\n')}`,
      );
    }
    return functionTools(body).length > 0 ? this.functionCalls() : this.message(RELAY_TEXT);
  }

  completed(extra: JsonMap = {}): WireEvent {
    return this.lifecycle('response.completed', 'completed', extra);
  }
}
