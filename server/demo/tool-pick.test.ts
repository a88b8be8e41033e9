import { describe, expect, it } from 'vitest';
import { createDemoBackend } from './backend';
import { brokenArguments, createInvalidArgsDecider, invalidArgsKnob } from './invalid-args';
import type { FunctionTool, JsonMap } from './request';
import { schemaErrors } from './testing';
import { toolsForText } from './tool-pick';
import { SEED_PARALLEL_TOOLS } from '../../src/core/presets/builtin-presets';

const object = (properties: JsonMap, required: string[] = []): JsonMap => ({
  type: 'object',
  properties,
  required,
  additionalProperties: false,
});
const WEATHER: FunctionTool = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: object({ city: { type: 'string' } }, ['city']),
};
const EMAIL: FunctionTool = {
  name: 'sendEmail',
  description: 'Send an email message to a recipient address.',
  parameters: object({ to: { type: 'string' }, body: { type: 'string' } }, ['to', 'body']),
};
const STOCKS: FunctionTool = {
  name: 'lookup',
  description: 'Look up the latest stock price of a company ticker on the exchange.',
  parameters: object({ ticker: { type: 'string' } }, ['ticker']),
};
const TOOLS = [WEATHER, EMAIL, STOCKS];
const names = (text: string) => toolsForText(TOOLS, text).map((t) => t.name);

describe('demo tool pick', () => {
  it('calls the tools the text names, by name or by a word of the name', () => {
    expect(names('Please call get_weather for Paris')).toEqual(['get_weather']);
    expect(names('get weather in Rome')).toEqual(['get_weather']);
    expect(names("What's the weather in Paris?")).toEqual(['get_weather']);
    expect(names('Email Bob the forecast')).toEqual(['sendEmail']);
    expect(names('Check the weather, then send an email to Ann')).toEqual(['get_weather', 'sendEmail']);
  });

  it('calls a tool whose description the text clearly matches (two key terms)', () => {
    expect(names('What is the stock price of ACME?')).toEqual(['lookup']);
    // One shared word is not enough.
    expect(names('What is the price of bread?')).toEqual([]);
  });

  it('calls nothing for small talk, and everything when asked for all tools', () => {
    expect(names('Tell me a joke')).toEqual([]);
    expect(names('Use all the tools in parallel')).toEqual(TOOLS.map((t) => t.name));
    const seedText = SEED_PARALLEL_TOOLS.input[0]?.content ?? '';
    expect(seedText).toContain('并行');
    expect(toolsForText(SEED_PARALLEL_TOOLS.tools as unknown as FunctionTool[], seedText)).toHaveLength(4);
  });
});

describe('demo_invalid_args', () => {
  it('reads the knob', () => {
    expect(invalidArgsKnob({})).toEqual({ kind: 'none' });
    expect(invalidArgsKnob({ metadata: { demo_invalid_args: 'all' } })).toEqual({ kind: 'all' });
    expect(invalidArgsKnob({ metadata: { demo_invalid_args: '0.5' } })).toEqual({
      kind: 'share',
      share: 0.5,
    });
    expect(invalidArgsKnob({ metadata: { demo_invalid_args: 'a, b' } })).toEqual({
      kind: 'tools',
      names: new Set(['a', 'b']),
    });
  });

  it('breaks exactly the given share of calls, whatever the order', () => {
    const decide = createInvalidArgsDecider();
    const knob = invalidArgsKnob({ metadata: { demo_invalid_args: '0.25' } });
    const broken = Array.from({ length: 8 }, () => decide(knob, 'f')).filter(Boolean);
    expect(broken).toHaveLength(2);
  });

  it('makes arguments every schema rejects', () => {
    const cases: [JsonMap, JsonMap][] = [
      [WEATHER.parameters, { city: 'Paris' }],
      [object({ n: {} }, ['n']), { n: 1 }],
      [object({ n: {} }), { n: 1 }],
      [{ type: 'object', properties: {} }, {}],
    ];
    for (const [schema, valid] of cases) {
      expect(schemaErrors(valid, schema)).toEqual([]);
      const broken = JSON.parse(brokenArguments(valid, schema)) as JsonMap;
      expect(schemaErrors(broken, schema), JSON.stringify(schema)).not.toEqual([]);
    }
    expect(() => JSON.parse(brokenArguments('x', {})) as unknown).toThrow();
  });

  it('answers small talk with text and breaks the named tool’s arguments on request', async () => {
    const backend = createDemoBackend({ defaultPaceMs: 0 });
    const send = async (input: string, metadata: JsonMap = {}) => {
      const res = await backend(
        new Request('http://demo.test/demo/v1/responses', {
          method: 'POST',
          body: JSON.stringify({
            model: 'm',
            input,
            tools: TOOLS.map((t) => ({ type: 'function', ...t })),
            metadata,
          }),
        }),
      );
      return ((await res.json()) as { output: JsonMap[] }).output;
    };
    expect((await send('Tell me a joke')).map((i) => i.type)).toEqual(['message']);
    const [call] = await send('Weather in Paris?', { demo_invalid_args: 'get_weather' });
    expect(call).toMatchObject({ type: 'function_call', name: 'get_weather' });
    expect(schemaErrors(JSON.parse(call?.arguments as string) as JsonMap, WEATHER.parameters)).not.toEqual(
      [],
    );
  });
});
