import { describe, expect, it } from 'vitest';
import {
  chatToolChoiceToResponses,
  chatToolToResponses,
  importTools,
  responseFormatToTextFormat,
} from './convert';
import { inferSchema } from './infer';
import { lintSchema } from './lint-schema';

const P = {
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
};

describe('Chat Completions → Responses', () => {
  it('flattens a function tool and writes strict: false when Chat had none', () => {
    expect(
      chatToolToResponses({
        type: 'function',
        function: { name: 'get_weather', description: 'd', parameters: P },
      }),
    ).toEqual({
      type: 'function',
      name: 'get_weather',
      description: 'd',
      parameters: P,
      strict: false,
    });
    expect(chatToolToResponses({ type: 'function', function: { name: 'f', strict: true } })).toMatchObject({
      strict: true,
      parameters: { type: 'object', properties: {} },
    });
  });

  it('flattens a custom tool and its nested grammar', () => {
    const chat = {
      type: 'custom',
      custom: {
        name: 'math',
        description: 'm',
        format: { type: 'grammar', grammar: { syntax: 'lark', definition: 'start: "1"' } },
      },
    };
    expect(chatToolToResponses(chat)).toEqual({
      type: 'custom',
      name: 'math',
      description: 'm',
      format: { type: 'grammar', syntax: 'lark', definition: 'start: "1"' },
    });
    expect(
      chatToolToResponses({ type: 'custom', custom: { name: 'free', format: { type: 'text' } } }),
    ).toEqual({ type: 'custom', name: 'free', format: { type: 'text' } });
  });

  it('leaves Responses tools as they are', () => {
    const tool = { type: 'function', name: 'f', parameters: P, strict: true };
    expect(chatToolToResponses(tool)).toBe(tool);
    expect(chatToolToResponses({ type: 'web_search' })).toEqual({ type: 'web_search' });
  });

  it('converts tool_choice and response_format', () => {
    expect(chatToolChoiceToResponses({ type: 'function', function: { name: 'f' } })).toEqual({
      type: 'function',
      name: 'f',
    });
    expect(chatToolChoiceToResponses({ type: 'custom', custom: { name: 'c' } })).toEqual({
      type: 'custom',
      name: 'c',
    });
    expect(
      chatToolChoiceToResponses({
        type: 'allowed_tools',
        allowed_tools: { mode: 'required', tools: [{ type: 'function', function: { name: 'f' } }] },
      }),
    ).toEqual({
      type: 'allowed_tools',
      mode: 'required',
      tools: [{ type: 'function', name: 'f' }],
    });
    expect(chatToolChoiceToResponses('auto')).toBe('auto');
    expect(
      responseFormatToTextFormat({
        type: 'json_schema',
        json_schema: { name: 'x', schema: P },
        strict: true,
      }),
    ).toEqual({ type: 'json_schema', name: 'x', schema: P, strict: true });
  });
});

describe('importTools', () => {
  it('detects a Chat tool, an array of tools and a whole Chat request', () => {
    const chat = { type: 'function', function: { name: 'f', parameters: P } };
    const one = importTools(JSON.stringify(chat), 'auto');
    expect(one.ok && one.value.tools).toEqual([
      { type: 'function', name: 'f', parameters: P, strict: false },
    ]);
    const list = importTools(JSON.stringify([chat, { type: 'custom', custom: { name: 'c' } }]), 'auto');
    expect(list.ok && list.value.tools).toHaveLength(2);
    const whole = importTools(
      JSON.stringify({
        model: 'gpt-4o',
        tools: [chat],
        tool_choice: { type: 'function', function: { name: 'f' } },
      }),
      'auto',
    );
    expect(whole.ok && whole.value.toolChoice).toEqual({ type: 'function', name: 'f' });
    const legacy = importTools(JSON.stringify({ name: 'old', parameters: P }), 'auto');
    expect(legacy.ok && legacy.value.tools).toEqual([
      { type: 'function', name: 'old', parameters: P, strict: false },
    ]);
  });

  it('turns a bare JSON Schema into a strict function tool named after its title', () => {
    const r = importTools(JSON.stringify({ title: 'Get weather', ...P }), 'auto', []);
    expect(r.ok && r.value).toMatchObject({
      detected: 'a JSON Schema',
      tools: [
        { type: 'function', name: 'Get_weather', strict: true, parameters: { title: 'Get weather', ...P } },
      ],
    });
  });

  it('infers the schema of an example value', () => {
    const r = importTools('{"city": "Paris", "days": 3}', 'auto', ['inferred_function']);
    expect(r.ok && r.value.tools[0]).toEqual({
      type: 'function',
      name: 'inferred_function_2',
      description: '',
      parameters: {
        type: 'object',
        properties: { city: { type: 'string' }, days: { type: 'integer' } },
        required: ['city', 'days'],
        additionalProperties: false,
      },
      strict: true,
    });
    const arr = importTools('[1, 2]', 'example');
    expect(arr.ok && (arr.value.tools[0] as { parameters: unknown }).parameters).toMatchObject({
      properties: { value: { type: 'array', items: { type: 'integer' } } },
    });
  });

  it('reports text that is not JSON', () => {
    const r = importTools('{nope', 'auto');
    expect(r.ok).toBe(false);
  });
});

describe('inferSchema', () => {
  it('produces a strict schema: all keys required, objects closed, optional keys nullable', () => {
    const schema = inferSchema({
      id: '0b9f5a4e-3c2d-4e1f-9a8b-7c6d5e4f3a2b',
      at: '2025-01-02T03:04:05Z',
      day: '2025-01-02',
      mail: 'a@b.co',
      n: 1.5,
      ok: true,
      nothing: null,
      items: [{ a: 1, b: 'x' }, { a: 2.5 }],
      mixed: [1, 'a'],
      empty: [],
    });
    expect(schema).toEqual({
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        at: { type: 'string', format: 'date-time' },
        day: { type: 'string', format: 'date' },
        mail: { type: 'string', format: 'email' },
        n: { type: 'number' },
        ok: { type: 'boolean' },
        nothing: { type: 'null' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            properties: { a: { type: 'number' }, b: { type: ['string', 'null'] } },
            required: ['a', 'b'],
            additionalProperties: false,
          },
        },
        mixed: { type: 'array', items: { anyOf: [{ type: 'integer' }, { type: 'string' }] } },
        empty: { type: 'array', items: { type: 'string' } },
      },
      required: ['id', 'at', 'day', 'mail', 'n', 'ok', 'nothing', 'items', 'mixed', 'empty'],
      additionalProperties: false,
    });
    expect(lintSchema(schema, { base: [], level: 'strict' }).filter((f) => f.severity === 'error')).toEqual(
      [],
    );
  });

  it('can produce a plain (non-strict) schema with real optionality', () => {
    expect(inferSchema([{ a: 1 }, { a: 2, b: true }], { strict: false })).toEqual({
      type: 'array',
      items: {
        type: 'object',
        properties: { a: { type: 'integer' }, b: { type: 'boolean' } },
        required: ['a'],
      },
    });
  });
});
