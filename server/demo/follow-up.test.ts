import { describe, expect, it } from 'vitest';
import { createDemoBackend } from './backend';
import type { JsonMap } from './request';
import { SEED_PARALLEL_TOOLS as SEED_REQUEST } from '../../src/core/presets/builtin-presets';
import { checkSequence, parseSse } from './testing';

/**
 * Demo realism for follow-ups (issue 15): a follow-up answers the user's new words. Without tools,
 * or with `tool_choice: "none"`, it gets text, never the previous turn's function calls again.
 */
type Backend = ReturnType<typeof createDemoBackend>;

async function send(
  backend: Backend,
  body: Record<string, unknown>,
): Promise<JsonMap & { id: string; output: JsonMap[] }> {
  const res = await backend(
    new Request('http://demo.test/demo/v1/responses', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...body, stream: true }),
    }),
  );
  expect(res.status).toBe(200);
  const events = parseSse(await res.text());
  checkSequence(events);
  return events.at(-1)?.response as JsonMap & { id: string; output: JsonMap[] };
}

/** The seed's first turn: four parallel calls, the thread a follow-up continues. */
async function firstTurn(backend: Backend) {
  const first = await send(backend, SEED_REQUEST);
  expect(first.output.map((item) => item.type)).toEqual(Array(4).fill('function_call'));
  return first;
}

const textOf = (output: JsonMap[]) => JSON.stringify(output);
const types = (output: JsonMap[]) => output.map((item) => item.type);

describe('demo backend: follow-ups', () => {
  it('answers a follow-up without tools with text that quotes the new message', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const first = await firstTurn(backend);
    const followUp = await send(backend, {
      model: 'gpt-4.1',
      previous_response_id: first.id,
      input: [{ role: 'user', content: 'Thanks! Which of those took longest?' }],
    });
    expect(types(followUp.output)).toEqual(['message']);
    expect(followUp.previous_response_id).toBe(first.id);
    expect(textOf(followUp.output)).toContain('Which of those took longest?');
    expect(textOf(followUp.output)).toContain('turn 2');
  });

  it('answers a follow-up with tools but tool_choice none with text, even when it asks for them', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const first = await firstTurn(backend);
    const followUp = await send(backend, {
      ...SEED_REQUEST,
      tool_choice: 'none',
      previous_response_id: first.id,
      input: [{ role: 'user', content: '请再并行调用所有工具一次' }],
    });
    expect(types(followUp.output)).toEqual(['message']);
    expect(textOf(followUp.output)).toContain('请再并行调用所有工具一次');
  });

  it('answers a plain follow-up with the same tools (tool_choice auto) in text', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const first = await firstTurn(backend);
    const followUp = await send(backend, {
      ...SEED_REQUEST,
      previous_response_id: first.id,
      input: [{ role: 'user', content: '谢谢，这些结果说明了什么？' }],
    });
    expect(types(followUp.output)).toEqual(['message']);
    expect(textOf(followUp.output)).toContain('谢谢，这些结果说明了什么？');
  });

  it('does not repeat the earlier calls for a follow-up with no words of its own', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const first = await firstTurn(backend);
    const followUp = await send(backend, { ...SEED_REQUEST, previous_response_id: first.id, input: [] });
    expect(types(followUp.output)).toEqual(['message']);
  });

  it('still calls the tools a follow-up asks for under tool_choice auto', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const first = await firstTurn(backend);
    const followUp = await send(backend, {
      ...SEED_REQUEST,
      previous_response_id: first.id,
      input: [{ role: 'user', content: 'What is the current time now?' }],
    });
    expect(followUp.output.map((item) => item.name)).toEqual(['current_time']);
  });
});
