import { describe, expect, it } from 'vitest';
import { functionSchemaFor, jsonSchemaFormat } from './tool-lookup';
import { validateJsonText, validateValue } from './validate';

const weather = {
  type: 'object',
  properties: {
    city: { type: 'string', minLength: 2 },
    unit: { type: ['string', 'null'], enum: ['C', 'F', null] },
    days: { type: 'integer', minimum: 1 },
  },
  required: ['city', 'unit', 'days'],
  additionalProperties: false,
};

describe('argument validation (ajv)', () => {
  it('accepts valid arguments', () => {
    expect(validateJsonText(weather, '{"city":"Paris","unit":null,"days":3}')).toEqual({ status: 'valid' });
  });

  it('lists every violation with its path', () => {
    const r = validateJsonText(weather, '{"city":"P","unit":"K","days":0.5,"extra":1}');
    expect(r.status).toBe('invalid');
    if (r.status !== 'invalid') return;
    expect(r.violations).toEqual(
      expect.arrayContaining([
        {
          path: '',
          message: 'unexpected property "extra"',
          keyword: 'additionalProperties',
          params: { additionalProperty: 'extra' },
        },
        {
          path: '/city',
          message: 'must NOT have fewer than 2 characters',
          keyword: 'minLength',
          params: { limit: 2 },
        },
        {
          path: '/unit',
          message: 'must be one of ["C","F",null]',
          keyword: 'enum',
          params: { allowedValues: '["C","F",null]' },
        },
        { path: '/days', message: 'must be integer', keyword: 'type', params: { type: 'integer' } },
      ]),
    );
    const missing = validateJsonText(weather, '{}');
    expect(missing.status === 'invalid' && missing.violations.map((v) => v.message)).toContain(
      'missing required property "city"',
    );
  });

  it('reports arguments that are not JSON, and schemas that do not compile', () => {
    expect(validateJsonText(weather, '{"city":')).toMatchObject({ status: 'not-json' });
    expect(validateValue({ type: 'nope' }, 1)).toMatchObject({ status: 'bad-schema' });
  });

  it('checks formats, $defs refs and recursion, ignoring $schema and unknown keywords', () => {
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      'x-vendor': true,
      type: 'object',
      properties: { when: { type: 'string', format: 'date-time' }, tree: { $ref: '#/$defs/node' } },
      $defs: {
        node: {
          type: 'object',
          properties: { kids: { type: 'array', items: { $ref: '#/$defs/node' } } },
          additionalProperties: false,
        },
      },
    };
    expect(validateValue(schema, { when: '2025-01-01T00:00:00Z', tree: { kids: [{ kids: [] }] } })).toEqual({
      status: 'valid',
    });
    const r = validateValue(schema, { when: 'yesterday', tree: { kids: [{ bad: 1 }] } });
    expect(r.status === 'invalid' && r.violations.map((v) => v.path)).toEqual(['/when', '/tree/kids/0']);
  });

  it('validates a structured answer against text.format', () => {
    const request = { text: { format: { type: 'json_schema', name: 'w', schema: weather, strict: true } } };
    const format = jsonSchemaFormat(request);
    expect(format?.name).toBe('w');
    expect(validateJsonText(format?.schema, '{"city":"Oslo","unit":"C","days":1}')).toEqual({
      status: 'valid',
    });
    expect(validateJsonText(format?.schema, 'Sure! Here is the JSON')).toMatchObject({ status: 'not-json' });
  });

  it('finds the schema of the function a call names', () => {
    const request = {
      tools: [
        { type: 'function', name: 'a', parameters: weather },
        { type: 'function', function: { name: 'chat', parameters: { type: 'object' } } },
        {
          type: 'namespace',
          name: 'ns',
          tools: [{ type: 'function', name: 'inner', parameters: { type: 'string' } }],
        },
      ],
    };
    expect(functionSchemaFor(request, 'a')).toBe(weather);
    expect(functionSchemaFor(request, 'chat')).toEqual({ type: 'object' });
    expect(functionSchemaFor(request, 'inner', 'ns')).toEqual({ type: 'string' });
    expect(functionSchemaFor(request, 'missing')).toBeUndefined();
  });
});
