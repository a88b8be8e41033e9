import { describe, expect, it } from 'vitest';
import {
  buildReplayInput,
  buildTurnBody,
  inputItems,
  outputToInput,
  viewOutput,
  type ReplayTurn,
} from './replay';
import { viewWith } from './testing';

const user = { role: 'user', content: 'What is 2+3, and the time?' };
const call1 = {
  id: 'fc_1',
  type: 'function_call',
  status: 'completed',
  call_id: 'call_a',
  name: 'math',
  arguments: '{"a":2,"b":3}',
};
const call2 = {
  id: 'fc_2',
  type: 'function_call',
  status: 'completed',
  call_id: 'call_b',
  name: 'now',
  arguments: '{}',
};
const reasoningHidden = { id: 'rs_1', type: 'reasoning', summary: [] };
const reasoningEncrypted = { id: 'rs_2', type: 'reasoning', summary: [], encrypted_content: 'gAAA' };
const outputs = [
  { type: 'function_call_output', call_id: 'call_a', output: '{"result":5}' },
  { type: 'function_call_output', call_id: 'call_b', output: 'noon' },
];
const answer = {
  id: 'msg_1',
  type: 'message',
  role: 'assistant',
  status: 'completed',
  content: [
    { type: 'output_text', text: '2+3 is 5 ', annotations: [], logprobs: [] },
    { type: 'output_text', text: 'and it is noon.', annotations: [] },
  ],
};
const search = { id: 'ws_1', type: 'web_search_call', status: 'completed' };

describe('replay builder', () => {
  it('sends the exact chain: input, calls, outputs, answer, then the new turn', () => {
    const chain: ReplayTurn[] = [
      { turnInput: [user], output: [reasoningHidden, call1, call2] },
      { turnInput: outputs, output: [reasoningEncrypted, answer, search] },
    ];
    const next = [{ role: 'user', content: 'Thanks! And 3+4?' }];
    const { input, skipped } = buildReplayInput(chain, next);
    expect(input).toEqual([
      { role: 'user', content: 'What is 2+3, and the time?' },
      { type: 'function_call', call_id: 'call_a', name: 'math', arguments: '{"a":2,"b":3}' },
      { type: 'function_call', call_id: 'call_b', name: 'now', arguments: '{}' },
      { type: 'function_call_output', call_id: 'call_a', output: '{"result":5}' },
      { type: 'function_call_output', call_id: 'call_b', output: 'noon' },
      { type: 'reasoning', id: 'rs_2', summary: [], encrypted_content: 'gAAA' },
      { type: 'message', role: 'assistant', content: '2+3 is 5 and it is noon.' },
      { role: 'user', content: 'Thanks! And 3+4?' },
    ]);
    expect(skipped).toEqual(['reasoning', 'web_search_call']);
  });

  it('turns custom tool calls and refusals back into input', () => {
    expect(
      outputToInput({ id: 'ctc_1', type: 'custom_tool_call', call_id: 'c1', name: 'grep', input: 'foo' }),
    ).toEqual({ type: 'custom_tool_call', call_id: 'c1', name: 'grep', input: 'foo' });
    expect(
      outputToInput({ type: 'message', role: 'assistant', content: [{ type: 'refusal', refusal: 'No.' }] }),
    ).toEqual({ type: 'message', role: 'assistant', content: 'No.' });
  });

  it('reads input as items and view output in output order', () => {
    expect(inputItems('hi')).toEqual([{ role: 'user', content: 'hi' }]);
    expect(inputItems([{ role: 'user', content: 'a' }, 'junk', 3])).toEqual([{ role: 'user', content: 'a' }]);
    expect(inputItems(undefined)).toEqual([]);
    const view = viewWith([call1, call2]);
    expect(viewOutput([...view.items].reverse()).map((i) => i.call_id)).toEqual(['call_a', 'call_b']);
  });
});

describe('turn bodies', () => {
  const settings = {
    model: 'gpt-4.1',
    tools: [{ type: 'function', name: 'math' }],
    input: 'old',
    previous_response_id: 'resp_old',
    store: true,
    stream: true,
  };

  it('chain mode keeps the settings, replaces input, sets previous_response_id', () => {
    const { body } = buildTurnBody({ settings, turnInput: outputs, previousResponseId: 'resp_1' });
    expect(body).toEqual({
      model: 'gpt-4.1',
      tools: [{ type: 'function', name: 'math' }],
      input: outputs,
      store: true,
      stream: true,
      previous_response_id: 'resp_1',
    });
  });

  it('a follow-up sends the message as input; a first turn has no previous_response_id', () => {
    const { body } = buildTurnBody({
      settings,
      turnInput: [{ role: 'user', content: 'hello' }],
      inputText: 'hello',
    });
    expect(body.input).toBe('hello');
    expect(body).not.toHaveProperty('previous_response_id');
  });

  it('replay mode sends the chain as input, without previous_response_id, and may drop store', () => {
    const chain: ReplayTurn[] = [{ turnInput: [user], output: [call1] }];
    const { body } = buildTurnBody({
      settings,
      turnInput: [outputs[0]!],
      previousResponseId: 'resp_1',
      replay: { chain, dropStore: true },
    });
    expect(body).toEqual({
      model: 'gpt-4.1',
      tools: [{ type: 'function', name: 'math' }],
      input: [
        user,
        { type: 'function_call', call_id: 'call_a', name: 'math', arguments: '{"a":2,"b":3}' },
        outputs[0],
      ],
      stream: true,
    });
  });
});
