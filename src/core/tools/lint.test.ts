import { describe, expect, it } from 'vitest';
import { applyFix, fixAll } from './fixes';
import type { JsonObject } from '../json';
import { lintRequest } from './lint-request';
import { RULES, type Finding } from './lint-types';
import { schemaMeters } from './lint-limits';
import { fillTemplate } from '../template';
import { FIX_LABELS, LINT_MESSAGES } from './lint-messages';

const OK = {
  type: 'object',
  properties: { a: { type: 'string' } },
  required: ['a'],
  additionalProperties: false,
};
const withA = (a: unknown) => ({ ...OK, properties: { a } });
const fn = (parameters: unknown, extra: JsonObject = {}) => ({
  type: 'function',
  name: 'f',
  description: '',
  parameters,
  strict: true,
  ...extra,
});
const req = (parameters: unknown, extra: JsonObject = {}): JsonObject => ({
  model: 'gpt-5.4',
  tools: [fn(parameters)],
  ...extra,
});

function nest(levels: number): JsonObject {
  let node: JsonObject = { type: 'string' };
  for (let i = 0; i < levels; i++)
    node = { type: 'object', properties: { n: node }, required: ['n'], additionalProperties: false };
  return node;
}
const many = (n: number) => {
  const properties: JsonObject = {};
  for (let i = 0; i < n; i++) properties[`p${i}`] = { type: 'string' };
  return { type: 'object', properties, required: Object.keys(properties), additionalProperties: false };
};

interface Case {
  rule: string;
  fail: JsonObject;
  pass: JsonObject;
  severity?: Finding['severity'];
  /** The finding's fix makes it go away. */
  fixes?: boolean;
}

const CASES: Case[] = [
  { rule: 'T01', fail: { tools: [{ ...fn(OK), name: 'get weather' }] }, pass: req(OK), fixes: true },
  {
    rule: 'T02',
    fail: { text: { format: { type: 'json_schema', name: 'my format', schema: OK, strict: true } } },
    pass: { text: { format: { type: 'json_schema', name: 'my_format', schema: OK, strict: true } } },
    fixes: true,
  },
  {
    rule: 'T03',
    fail: { tools: [{ type: 'function', function: { name: 'f', parameters: OK, strict: true } }] },
    pass: req(OK),
    fixes: true,
  },
  {
    rule: 'T04',
    fail: { tools: [{ type: 'function', name: 'f', parameters: OK }] },
    pass: req(OK),
    severity: 'warning',
    fixes: true,
  },
  {
    rule: 'T05',
    fail: { tools: [fn(OK), fn(OK)] },
    pass: { tools: [fn(OK), { ...fn(OK), name: 'g' }] },
    fixes: true,
  },
  {
    rule: 'T06',
    fail: req(OK, { tool_choice: { type: 'function', name: 'nope' } }),
    pass: req(OK, { tool_choice: { type: 'function', name: 'f' } }),
  },
  {
    rule: 'T07',
    fail: { tools: [{ type: 'web_search' }], tool_choice: { type: 'web_search' } },
    pass: { tools: [{ type: 'web_search' }], tool_choice: 'required' },
    severity: 'warning',
    fixes: true,
  },
  {
    rule: 'T08',
    fail: { response_format: { type: 'json_schema', json_schema: { name: 'x', schema: OK }, strict: true } },
    pass: { text: { format: { type: 'json_schema', name: 'x', schema: OK, strict: true } } },
    fixes: true,
  },
  {
    rule: 'T09',
    fail: {
      tools: [
        { type: 'custom', name: 'c', format: { type: 'grammar', syntax: 'regex', definition: '(?=a)b' } },
      ],
    },
    pass: {
      tools: [
        {
          type: 'custom',
          name: 'c',
          format: { type: 'grammar', syntax: 'regex', definition: '^[a-z]{1,8}$' },
        },
      ],
    },
  },
  {
    rule: 'T10',
    fail: {
      tools: [
        {
          type: 'custom',
          name: 'c',
          format: {
            type: 'grammar',
            syntax: 'lark',
            definition: 'start: WORD\nWORD: /[a-z]+/\n%ignore /\\s+/',
          },
        },
      ],
    },
    pass: {
      tools: [
        {
          type: 'custom',
          name: 'c',
          format: { type: 'grammar', syntax: 'lark', definition: 'start: WORD\nWORD: /[a-z]{1,8}/' },
        },
      ],
    },
    severity: 'warning',
  },
  {
    rule: 'T11',
    fail: { tools: Array.from({ length: 21 }, (_, i) => ({ ...fn(OK), name: `f${i}` })) },
    pass: { tools: Array.from({ length: 20 }, (_, i) => ({ ...fn(OK), name: `f${i}` })) },
    severity: 'warning',
  },
  {
    rule: 'T12',
    fail: { model: 'gpt-4.1', tools: [fn(OK, { defer_loading: true })] },
    pass: { model: 'gpt-5.4', tools: [fn(OK, { defer_loading: true })] },
  },
  {
    rule: 'T13',
    fail: { tools: [{ type: 'mcp', server_label: 'x' }] },
    pass: { tools: [{ type: 'mcp', server_label: 'x', server_url: 'https://mcp.example/' }] },
  },
  {
    rule: 'T14',
    fail: { tools: [{ type: 'file_search', vector_store_ids: ['vs_1'], max_num_results: 90 }] },
    pass: { tools: [{ type: 'file_search', vector_store_ids: ['vs_1'], max_num_results: 20 }] },
    fixes: true,
  },
  {
    rule: 'T15',
    fail: { tools: [{ type: 'computer_use_preview', environment: 'browser' }] },
    pass: {
      tools: [
        { type: 'computer_use_preview', environment: 'browser', display_width: 1024, display_height: 768 },
      ],
    },
  },
  { rule: 'S01', fail: req({ type: 'array', items: { type: 'string' } }), pass: req(OK), fixes: true },
  { rule: 'S02', fail: req({ anyOf: [OK, OK] }), pass: req(OK), fixes: true },
  {
    rule: 'S03',
    fail: req({ type: 'object', properties: { a: { type: 'string' } }, required: ['a'] }),
    pass: req(OK),
    fixes: true,
  },
  {
    rule: 'S04',
    fail: req({ ...OK, properties: { a: { type: 'string' }, b: { type: 'integer', enum: [1, 2] } } }),
    pass: req(OK),
    fixes: true,
  },
  { rule: 'S05', fail: req({ ...OK, required: ['a', 'zz'] }), pass: req(OK), fixes: true },
  {
    rule: 'S06',
    fail: req({ type: 'object', additionalProperties: false }),
    pass: req({ type: 'object', properties: {}, additionalProperties: false }),
    fixes: true,
  },
  {
    rule: 'S07',
    fail: req(withA({ type: 'array' })),
    pass: req(withA({ type: 'array', items: { type: 'string' } })),
    fixes: true,
  },
  { rule: 'S08', fail: req(withA({ type: 'string', not: { enum: ['x'] } })), pass: req(OK), fixes: true },
  {
    rule: 'S09',
    fail: req(withA({ oneOf: [{ type: 'string' }, { type: 'number' }] })),
    pass: req(withA({ anyOf: [{ type: 'string' }, { type: 'number' }] })),
    fixes: true,
  },
  {
    rule: 'S10',
    fail: req(withA({ type: 'array', items: { type: 'string' }, uniqueItems: true })),
    pass: req(withA({ type: 'array', items: { type: 'string' }, minItems: 1 })),
    fixes: true,
  },
  {
    rule: 'S11',
    fail: req(withA({ type: 'string', format: 'uri' })),
    pass: req(withA({ type: 'string', format: 'email' })),
    fixes: true,
  },
  {
    rule: 'S12',
    fail: req(withA({ $ref: 'https://example.com/a.json' })),
    pass: req({ ...withA({ $ref: '#/$defs/s' }), $defs: { s: { type: 'string' } } }),
  },
  {
    rule: 'S13',
    fail: req({ ...withA({ $ref: '#/$defs/s', description: 'd' }), $defs: { s: { type: 'string' } } }),
    pass: req({
      ...withA({ anyOf: [{ $ref: '#/$defs/s' }], description: 'd' }),
      $defs: { s: { type: 'string' } },
    }),
    severity: 'warning',
    fixes: true,
  },
  { rule: 'S14', fail: req(withA(true)), pass: req(OK) },
  {
    rule: 'S15',
    fail: req(withA({ $id: 'urn:a', type: 'string' })),
    pass: req(OK),
    severity: 'warning',
    fixes: true,
  },
  { rule: 'S16', fail: req(many(5001)), pass: req(many(5000)) },
  { rule: 'S17', fail: req(nest(11)), pass: req(nest(10)) },
  {
    rule: 'S18',
    fail: req({
      ...OK,
      properties: { ['k'.repeat(120_001)]: { type: 'string' } },
      required: ['k'.repeat(120_001)],
    }),
    pass: req(OK),
  },
  {
    rule: 'S19',
    fail: req(withA({ type: 'integer', enum: Array.from({ length: 1001 }, (_, i) => i) })),
    pass: req(withA({ type: 'integer', enum: Array.from({ length: 1000 }, (_, i) => i) })),
  },
  {
    rule: 'S20',
    fail: req(withA({ type: 'string', enum: Array.from({ length: 251 }, (_, i) => `${i}`.padEnd(60, 'x')) })),
    pass: req(withA({ type: 'string', enum: Array.from({ length: 250 }, (_, i) => `${i}`.padEnd(60, 'x')) })),
  },
  {
    rule: 'S21',
    fail: req(withA({ type: ['string', 'null'], enum: ['x'] })),
    pass: req(withA({ type: ['string', 'null'], enum: ['x', null] })),
    severity: 'warning',
    fixes: true,
  },
  { rule: 'S22', fail: req(withA({ type: 'string', maxLength: 5 })), pass: req(OK), severity: 'info' },
  {
    rule: 'S23',
    fail: { model: 'ft:gpt-4.1:org::abc', tools: [fn(withA({ type: 'string', pattern: '^x' }))] },
    pass: req(withA({ type: 'string', pattern: '^x' })),
    fixes: true,
  },
  {
    rule: 'S24',
    fail: req(withA({ type: ['string', 'number'] })),
    pass: req(withA({ anyOf: [{ type: 'string' }, { type: 'number' }] })),
    severity: 'warning',
    fixes: true,
  },
  {
    rule: 'S25',
    fail: req(withA({ type: ['string', 'null'], default: null })),
    pass: req(OK),
    severity: 'info',
    fixes: true,
  },
  {
    rule: 'S26',
    fail: req({
      ...OK,
      properties: { answer: { type: 'string' }, reasoning: { type: 'string' } },
      required: ['answer', 'reasoning'],
    }),
    pass: req({
      ...OK,
      properties: { reasoning: { type: 'string' }, answer: { type: 'string' } },
      required: ['answer', 'reasoning'],
    }),
    severity: 'info',
    fixes: true,
  },
];

const of = (request: JsonObject, rule: string) => lintRequest(request).filter((f) => f.rule === rule);

describe('strict-mode linter', () => {
  it('has a failing and a passing case for every rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(Object.keys(RULES).sort());
  });

  for (const c of CASES) {
    it(`${c.rule}: ${RULES[c.rule]}`, () => {
      const found = of(c.fail, c.rule);
      expect(found.length, JSON.stringify(lintRequest(c.fail).map((f) => f.rule))).toBeGreaterThan(0);
      expect(found[0]?.severity).toBe(c.severity ?? 'error');
      expect(found[0]?.pointer).toMatch(/^\//);
      expect(of(c.pass, c.rule)).toEqual([]);
      if (c.fixes) {
        const fix = found[0]?.fix;
        expect(fix, 'fix expected').toBeDefined();
        if (!fix) return;
        const after = of(applyFix(c.fail, fix), c.rule).filter((f) => f.pointer === found[0]?.pointer);
        expect(after).toEqual([]);
      }
    });
  }

  it('points schema findings at their node, as the API reports it', () => {
    const [f] = of(
      req({
        ...OK,
        properties: { a: { type: 'object', properties: { b: { type: 'string' } }, required: ['b'] } },
      }),
      'S03',
    );
    expect(f).toMatchObject({
      path: ['tools', 0, 'parameters', 'properties', 'a'],
      pointer: '/tools/0/parameters/properties/a',
      context: "context=('properties', 'a')",
    });
  });

  it('downgrades schema rules when strict is omitted (warning) or false (info)', () => {
    const loose = { type: 'object', properties: { a: { type: 'string' } } };
    expect(of({ tools: [{ type: 'function', name: 'f', parameters: loose }] }, 'S03')[0]?.severity).toBe(
      'warning',
    );
    expect(
      of({ tools: [{ type: 'function', name: 'f', parameters: loose, strict: false }] }, 'S03')[0]?.severity,
    ).toBe('info');
  });

  it('T04 offers strict: true only when the schema is already strict-compatible', () => {
    expect(of({ tools: [{ type: 'function', name: 'f', parameters: OK }] }, 'T04')[0]?.fix?.edits).toEqual([
      { path: ['tools', 0, 'strict'], value: true },
    ]);
    expect(
      of(
        { tools: [{ type: 'function', name: 'f', parameters: { type: 'object', properties: {} } }] },
        'T04',
      )[0]?.fix?.edits[0]?.value,
    ).toBe(false);
  });

  it('fix all turns the seed function into a clean strict tool', () => {
    const seed: JsonObject = {
      tools: [
        {
          type: 'function',
          name: 'random_generator',
          parameters: { type: 'object', properties: { min: { type: 'integer' }, max: { type: 'integer' } } },
        },
      ],
    };
    const { request, remaining } = fixAll(seed, ['tools', 0]);
    expect(remaining).toEqual([]);
    expect(request.tools).toEqual([
      {
        type: 'function',
        name: 'random_generator',
        parameters: {
          type: 'object',
          properties: { min: { type: ['integer', 'null'] }, max: { type: ['integer', 'null'] } },
          additionalProperties: false,
          required: ['min', 'max'],
        },
        strict: true,
      },
    ]);
  });
});

describe('meters', () => {
  it('counts properties, depth, characters and enum values', () => {
    const schema = {
      type: 'object',
      properties: {
        ab: { type: 'array', items: { type: 'object', properties: { c: { enum: ['xy', 'z'] } } } },
      },
      $defs: { d: { const: 'q' } },
    };
    expect(schemaMeters(schema)).toEqual({
      properties: 2,
      depth: 3,
      stringLength: 2 + 1 + 3 + 1 + 1,
      enumValues: 2,
    });
  });
});

describe('message ids', () => {
  it('give every finding and fix an id whose English, filled with its values, is the message', () => {
    const messy: JsonObject = {
      model: 'gpt-4.1',
      response_format: { type: 'json_schema', json_schema: { name: 'x', schema: OK } },
      tool_choice: { type: 'function', name: 'missing' },
      tools: [
        fn({ type: 'array', items: [{ type: 'string' }] }),
        fn(
          { ...OK, properties: { a: { type: ['string', 'integer'], format: 'zip', oneOf: [] } } },
          {
            name: 'bad name',
          },
        ),
        { type: 'custom', name: 'g', format: { type: 'grammar', syntax: 'lark', definition: 'a: /x+/' } },
        { type: 'mcp', server_label: '' },
        { type: 'file_search', vector_store_ids: [], max_num_results: 99 },
      ],
    };
    const findings = lintRequest(messy);
    expect(findings.length).toBeGreaterThan(8);
    for (const f of findings) {
      expect(f.message, f.messageKey).toBe(fillTemplate(LINT_MESSAGES[f.messageKey], f.params));
      expect(f.message).not.toMatch(/\{\{/);
      if (f.fix) expect(f.fix.label).toBe(fillTemplate(FIX_LABELS[f.fix.labelKey], f.fix.labelParams));
    }
  });
});
