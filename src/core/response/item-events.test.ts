import { describe, expect, it } from 'vitest';
import { ev, fold } from './fixtures/replay';
import type { JsonObject, ResponseView } from './types';

const START = { kind: 'start', at: 0 } as const;
const run = (...events: JsonObject[]): ResponseView => fold([START, ...events.map((e) => ev(e))]);
const wire = (view: ResponseView) => view.items.map((entry) => entry.item);

const MSG = { id: 'msg_1', type: 'message', role: 'assistant', status: 'in_progress', content: [] };
const added = (item: JsonObject, output_index = 0) => ({
  type: 'response.output_item.added',
  output_index,
  item,
});
const textPart = { type: 'output_text', text: '', annotations: [] };
const delta = (d: string, extra: JsonObject = {}) => ({
  type: 'response.output_text.delta',
  item_id: 'msg_1',
  output_index: 0,
  content_index: 0,
  delta: d,
  ...extra,
});

describe('output items', () => {
  it('added creates the item; done replaces it and marks it done', () => {
    const final = { ...MSG, status: 'completed', content: [{ ...textPart, text: 'final' }] };
    const view = run(added(MSG), delta('draft'), {
      type: 'response.output_item.done',
      output_index: 0,
      item: final,
    });
    expect(view.items).toEqual([{ outputIndex: 0, item: final, done: true }]);
  });

  it('keeps items sorted by output_index even when they arrive out of order', () => {
    const view = run(
      added({ id: 'b', type: 'function_call' }, 2),
      added({ id: 'a', type: 'reasoning', summary: [] }, 0),
    );
    expect(view.items.map((i) => [i.outputIndex, i.item.id])).toEqual([
      [0, 'a'],
      [2, 'b'],
    ]);
  });

  it('a late output_item.added supplies identity but keeps what deltas built', () => {
    const view = run(
      { type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'fc_1', delta: '{"a":' },
      added({
        id: 'fc_1',
        type: 'function_call',
        call_id: 'call_1',
        name: 'f',
        arguments: '',
        status: 'in_progress',
      }),
      { type: 'response.function_call_arguments.delta', output_index: 0, item_id: 'fc_1', delta: '1}' },
    );
    expect(wire(view)).toEqual([
      {
        id: 'fc_1',
        type: 'function_call',
        call_id: 'call_1',
        name: 'f',
        arguments: '{"a":1}',
        status: 'in_progress',
      },
    ]);
  });
});

describe('content parts, text, annotations, refusals', () => {
  it('content_part.added, output_text deltas and done, content_part.done', () => {
    const base = [
      added(MSG),
      {
        type: 'response.content_part.added',
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        part: textPart,
      },
    ];
    const streaming = run(...base, delta('Hello, '), delta('世界 👋'));
    expect(wire(streaming)[0]?.content).toEqual([{ ...textPart, text: 'Hello, 世界 👋' }]);
    const done = run(...base, delta('Hel'), {
      type: 'response.output_text.done',
      output_index: 0,
      content_index: 0,
      text: 'Hello',
    });
    expect(wire(done)[0]?.content).toEqual([{ ...textPart, text: 'Hello' }]);
    const finalPart = {
      ...textPart,
      text: 'Hello!',
      annotations: [{ type: 'file_path', file_id: 'f', index: 0 }],
    };
    const partDone = run(...base, delta('Hel'), {
      type: 'response.content_part.done',
      output_index: 0,
      content_index: 0,
      part: finalPart,
    });
    expect(wire(partDone)[0]?.content).toEqual([finalPart]);
  });

  it('a done event without its value keeps the accumulated text', () => {
    const view = run(added(MSG), delta('kept'), {
      type: 'response.output_text.done',
      output_index: 0,
      content_index: 0,
    });
    expect(wire(view)[0]?.content).toEqual([{ ...textPart, text: 'kept' }]);
  });

  it('annotation.added sets annotations[annotation_index]', () => {
    const a0 = { type: 'url_citation', url: 'https://a.example', title: 'A', start_index: 0, end_index: 3 };
    const a1 = { type: 'file_citation', file_id: 'file_1', filename: 'x.pdf', index: 5 };
    const ann = (annotation_index: number, annotation: JsonObject) => ({
      type: 'response.output_text.annotation.added',
      output_index: 0,
      content_index: 0,
      annotation_index,
      annotation,
    });
    const view = run(added(MSG), delta('abc'), ann(1, a1), ann(0, a0), ann(1, { ...a1, index: 6 }));
    expect(wire(view)[0]?.content).toEqual([
      { ...textPart, text: 'abc', annotations: [a0, { ...a1, index: 6 }] },
    ]);
  });

  it('refusal delta and done', () => {
    const part = {
      type: 'response.content_part.added',
      output_index: 0,
      content_index: 0,
      part: { type: 'refusal', refusal: '' },
    };
    const r = (d: string) => ({
      type: 'response.refusal.delta',
      output_index: 0,
      content_index: 0,
      delta: d,
    });
    const streaming = run(added(MSG), part, r('I can'), r("'t"));
    expect(wire(streaming)[0]?.content).toEqual([{ type: 'refusal', refusal: "I can't" }]);
    const done = run(added(MSG), part, r('I'), {
      type: 'response.refusal.done',
      output_index: 0,
      content_index: 0,
      refusal: 'No.',
    });
    expect(wire(done)[0]?.content).toEqual([{ type: 'refusal', refusal: 'No.' }]);
  });

  it('content_part.added keeps text that deltas built before it, but replaces padding', () => {
    const partAdded = (content_index: number, part: JsonObject) => ({
      type: 'response.content_part.added',
      output_index: 0,
      content_index,
      part,
    });
    const early = run(added(MSG), delta('early'), partAdded(0, { ...textPart, logprobs: [] }));
    expect(wire(early)[0]?.content).toEqual([{ ...textPart, logprobs: [], text: 'early' }]);
    const padded = run(added(MSG), partAdded(1, textPart), partAdded(0, { type: 'refusal', refusal: '' }));
    expect(wire(padded)[0]?.content).toEqual([{ type: 'refusal', refusal: '' }, textPart]);
  });

  it('a second content part does not disturb the first', () => {
    const view = run(
      added(MSG),
      delta('one'),
      {
        type: 'response.content_part.added',
        output_index: 0,
        content_index: 1,
        part: { type: 'refusal', refusal: '' },
      },
      { type: 'response.refusal.delta', output_index: 0, content_index: 1, delta: 'two' },
    );
    expect(wire(view)[0]?.content).toEqual([
      { ...textPart, text: 'one' },
      { type: 'refusal', refusal: 'two' },
    ]);
  });
});

describe('arguments, inputs and code', () => {
  const cases: [string, string, string, string][] = [
    ['function_call', 'response.function_call_arguments', 'arguments', 'arguments'],
    ['custom_tool_call', 'response.custom_tool_call_input', 'input', 'input'],
    ['mcp_call', 'response.mcp_call_arguments', 'arguments', 'arguments'],
    ['code_interpreter_call', 'response.code_interpreter_call_code', 'code', 'code'],
  ];
  it.each(cases)('%s: delta appends, done overwrites', (type, prefix, field, doneField) => {
    const item = { id: 'x_1', type, [field]: '' };
    const d = (s: string) => ({ type: `${prefix}.delta`, item_id: 'x_1', output_index: 0, delta: s });
    const streaming = run(added(item), d('{"q":'), d('"hi"}'));
    expect(wire(streaming)[0]?.[field]).toBe('{"q":"hi"}');
    const done = run(added(item), d('{"q":'), {
      type: `${prefix}.done`,
      item_id: 'x_1',
      output_index: 0,
      [doneField]: '{}',
    });
    expect(wire(done)[0]?.[field]).toBe('{}');
  });

  it("takes the 6.x `name` from arguments.done when the item didn't have one", () => {
    const view = run(
      { type: 'response.function_call_arguments.delta', output_index: 0, delta: '{}' },
      {
        type: 'response.function_call_arguments.done',
        output_index: 0,
        arguments: '{}',
        name: 'current_time',
      },
    );
    expect(wire(view)[0]).toMatchObject({ type: 'function_call', name: 'current_time', arguments: '{}' });
  });
});

describe('reasoning', () => {
  const RS = { id: 'rs_1', type: 'reasoning', summary: [] };
  const s = (type: string, extra: JsonObject) => ({
    type: `response.reasoning_summary_${type}`,
    item_id: 'rs_1',
    output_index: 0,
    ...extra,
  });
  it('summary parts and text: added, deltas, done', () => {
    const view = run(
      added(RS),
      s('part.added', { summary_index: 0, part: { type: 'summary_text', text: '' } }),
      s('text.delta', { summary_index: 0, delta: '**Plan** ' }),
      s('text.delta', { summary_index: 0, delta: 'step' }),
      s('text.done', { summary_index: 0, text: '**Plan** steps' }),
      s('part.done', { summary_index: 0, part: { type: 'summary_text', text: '**Plan** steps' } }),
      s('part.added', { summary_index: 1, part: { type: 'summary_text', text: '' } }),
      s('text.delta', { summary_index: 1, delta: 'Second' }),
    );
    expect(wire(view)[0]?.summary).toEqual([
      { type: 'summary_text', text: '**Plan** steps' },
      { type: 'summary_text', text: 'Second' },
    ]);
  });

  it('reasoning_text goes to content[content_index]', () => {
    const r = (type: string, extra: JsonObject) => ({
      type: `response.reasoning_text.${type}`,
      output_index: 0,
      content_index: 0,
      ...extra,
    });
    const view = run(
      added(RS),
      {
        type: 'response.content_part.added',
        output_index: 0,
        content_index: 0,
        part: { type: 'reasoning_text', text: '' },
      },
      r('delta', { delta: '2+2' }),
      r('delta', { delta: '=4' }),
    );
    expect(wire(view)[0]?.content).toEqual([{ type: 'reasoning_text', text: '2+2=4' }]);
    const done = run(added(RS), r('delta', { delta: 'x' }), r('done', { text: 'final' }));
    expect(wire(done)[0]?.content).toEqual([{ type: 'reasoning_text', text: 'final' }]);
  });
});

// What relays do that OpenAI does not: missing events and fields, items only in .done, empty output.
describe('defensive cases', () => {
  it('deltas before any output_item.added create the item (LiteLLM #22102)', () => {
    const view = run(delta('Hi'), delta(' there'));
    expect(view.items).toEqual([
      {
        outputIndex: 0,
        done: false,
        item: {
          id: 'msg_1',
          type: 'message',
          role: 'assistant',
          status: 'in_progress',
          content: [{ ...textPart, text: 'Hi there' }],
        },
      },
    ]);
    const reasoning = run({
      type: 'response.reasoning_text.delta',
      output_index: 3,
      content_index: 0,
      delta: 'r',
    });
    expect(reasoning.items[0]).toMatchObject({
      outputIndex: 3,
      item: { type: 'reasoning', content: [{ type: 'reasoning_text', text: 'r' }] },
    });
  });

  it('output_item.added without content/summary arrays (new-api #7087)', () => {
    const view = run(added({ id: 'm', type: 'message', role: 'assistant' }), delta('ok', { item_id: 'm' }));
    expect(wire(view)[0]?.content).toEqual([{ ...textPart, text: 'ok' }]);
    const rs = run(added({ id: 'r', type: 'reasoning' }), {
      type: 'response.reasoning_summary_text.delta',
      output_index: 0,
      summary_index: 0,
      delta: 's',
    });
    expect(wire(rs)[0]?.summary).toEqual([{ type: 'summary_text', text: 's' }]);
  });

  it('missing item_id routes by output_index; missing output_index falls back to item_id', () => {
    const two = [added(MSG, 0), added({ ...MSG, id: 'msg_2' }, 1)];
    const byIndex = run(...two, {
      type: 'response.output_text.delta',
      output_index: 1,
      content_index: 0,
      delta: 'B',
    });
    expect(wire(byIndex).map((i) => i.content)).toEqual([[], [{ ...textPart, text: 'B' }]]);
    const byId = run(...two, {
      type: 'response.output_text.delta',
      item_id: 'msg_2',
      content_index: 0,
      delta: 'B',
    });
    expect(wire(byId).map((i) => i.content)).toEqual([[], [{ ...textPart, text: 'B' }]]);
    // Neither: a new item after the last one, so nothing is lost.
    const neither = run(...two, { type: 'response.output_text.delta', delta: 'C' });
    expect(neither.items.map((i) => i.outputIndex)).toEqual([0, 1, 2]);
  });

  it("new-api's content_index instead of summary_index on reasoning-summary events", () => {
    const view = run(added({ id: 'r', type: 'reasoning' }), {
      type: 'response.reasoning_summary_text.delta',
      output_index: 0,
      content_index: 1,
      delta: 'second',
    });
    expect(wire(view)[0]?.summary).toEqual([
      { type: 'summary_text', text: '' },
      { type: 'summary_text', text: 'second' },
    ]);
  });

  it('missing sequence_number is fine: no notice, no lastSequence', () => {
    const view = run(added(MSG), delta('a'));
    expect(view.notices).toEqual([]);
    expect(view.lastSequence).toBeUndefined();
  });

  it('a final item lacking the arrays we accumulated keeps ours; other fields come from the final copy', () => {
    const view = run(
      added({ id: 'r', type: 'reasoning' }),
      { type: 'response.reasoning_summary_text.delta', output_index: 0, delta: 'why' },
      {
        type: 'response.output_item.done',
        output_index: 0,
        item: { id: 'r', type: 'reasoning', encrypted_content: 'enc' },
      },
    );
    expect(wire(view)[0]).toEqual({
      id: 'r',
      type: 'reasoning',
      encrypted_content: 'enc',
      summary: [{ type: 'summary_text', text: 'why' }],
    });
  });
});
