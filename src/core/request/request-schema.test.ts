import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_TEXT } from './default-request';
import { REQUEST_SCHEMA } from './request-schema';
import type { JsonSchema } from './schema-helpers';

const KEYWORDS = new Set([
  '$schema',
  '$id',
  'title',
  'description',
  'markdownDescription',
  'deprecationMessage',
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'maxProperties',
  'items',
  'minItems',
  'maxItems',
  'uniqueItems',
  'enum',
  'markdownEnumDescriptions',
  'const',
  'anyOf',
  'not',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'patternErrorMessage',
  'examples',
  'default',
  'defaultSnippets',
]);
const TYPES = new Set(['object', 'array', 'string', 'number', 'integer', 'boolean', 'null']);

/** Every sub-schema with its JSON path. */
function* walk(schema: JsonSchema, path = '#'): Generator<[string, JsonSchema]> {
  yield [path, schema];
  for (const [name, sub] of Object.entries(schema.properties ?? {}))
    yield* walk(sub, `${path}/properties/${name}`);
  for (const [i, sub] of (schema.anyOf ?? []).entries()) yield* walk(sub, `${path}/anyOf/${i}`);
  if (schema.items) yield* walk(schema.items, `${path}/items`);
  if (typeof schema.additionalProperties === 'object')
    yield* walk(schema.additionalProperties, `${path}/additionalProperties`);
  if (schema.not) yield* walk(schema.not, `${path}/not`);
  if (schema.propertyNames) yield* walk(schema.propertyNames, `${path}/propertyNames`);
}

/** A small validator for the keywords the schema uses, enough to check realistic bodies. */
function validate(schema: JsonSchema, value: unknown, path = '$'): string[] {
  const errors: string[] = [];
  const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
  const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
  if (schema.type) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    const ok = types.some((t) => (t === 'integer' ? Number.isInteger(value) : typeOf(value) === t));
    if (!ok) return [`${path}: expected ${types.join('|')}`];
  }
  if (schema.enum && !schema.enum.includes(value as never)) errors.push(`${path}: not in enum`);
  if (schema.const !== undefined && schema.const !== value) errors.push(`${path}: not const`);
  if (schema.not && validate(schema.not, value, path).length === 0) errors.push(`${path}: matches "not"`);
  if (schema.anyOf && !schema.anyOf.some((s) => validate(s, value, path).length === 0))
    errors.push(`${path}: no anyOf branch`);
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above maximum`);
  }
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) errors.push(`${path}: too long`);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: pattern`);
  }
  if (Array.isArray(value)) {
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      errors.push(`${path}: duplicates`);
    value.forEach((v, i) => schema.items && errors.push(...validate(schema.items, v, `${path}[${i}]`)));
  }
  if (isObject) {
    const entries = Object.entries(value);
    for (const name of schema.required ?? []) if (!(name in value)) errors.push(`${path}: missing ${name}`);
    if (schema.maxProperties !== undefined && entries.length > schema.maxProperties)
      errors.push(`${path}: too many properties`);
    for (const [name, v] of entries) {
      const sub = schema.properties?.[name];
      if (sub) errors.push(...validate(sub, v, `${path}.${name}`));
      else if (schema.additionalProperties === false) errors.push(`${path}: unexpected ${name}`);
      else if (typeof schema.additionalProperties === 'object')
        errors.push(...validate(schema.additionalProperties, v, `${path}.${name}`));
      if (schema.propertyNames) errors.push(...validate(schema.propertyNames, name, `${path}{${name}}`));
    }
  }
  return errors;
}

describe('REQUEST_SCHEMA is a well-formed draft-07 schema', () => {
  const nodes = [...walk(REQUEST_SCHEMA)];

  it('survives JSON serialization unchanged (no functions, undefined or cycles)', () => {
    expect(JSON.parse(JSON.stringify(REQUEST_SCHEMA))).toEqual(REQUEST_SCHEMA);
    expect(nodes.length).toBeGreaterThan(300);
  });

  it('uses only known keywords with well-typed values', () => {
    for (const [path, node] of nodes) {
      for (const key of Object.keys(node)) expect(KEYWORDS.has(key), `${path}: ${key}`).toBe(true);
      const types = node.type === undefined ? [] : Array.isArray(node.type) ? node.type : [node.type];
      for (const t of types) expect(TYPES.has(t), `${path}: type ${t}`).toBe(true);
      for (const name of node.required ?? [])
        expect(node.properties?.[name], `${path}: required ${name}`).toBeDefined();
      if (node.enum) {
        expect(node.enum.length, path).toBeGreaterThan(0);
        expect(new Set(node.enum).size, `${path}: unique enum`).toBe(node.enum.length);
      }
      if (node.markdownEnumDescriptions)
        expect(node.markdownEnumDescriptions.length, path).toBe(node.enum?.length);
      if (node.const !== undefined) expect(node.enum ?? [node.const], path).toContain(node.const);
      if (node.anyOf) expect(node.anyOf.length, path).toBeGreaterThan(0);
      if (node.pattern) expect(() => new RegExp(node.pattern ?? '', 'u'), path).not.toThrow();
      if (node.minimum !== undefined && node.maximum !== undefined)
        expect(node.minimum, path).toBeLessThanOrEqual(node.maximum);
    }
  });

  it('documents every property with description and markdownDescription', () => {
    for (const [path, node] of nodes) {
      for (const [name, prop] of Object.entries(node.properties ?? {})) {
        expect(prop.description, `${path}.${name}`).toMatch(/\S/);
        expect(prop.markdownDescription, `${path}.${name}`).toMatch(/\S/);
        expect(prop.description, `${path}.${name} plain text`).not.toMatch(/\]\(|`/);
      }
    }
  });

  it('describes the documented top-level fields and allows others', () => {
    expect(Object.keys(REQUEST_SCHEMA.properties ?? {})).toEqual(
      expect.arrayContaining([
        'model',
        'input',
        'instructions',
        'tools',
        'tool_choice',
        'parallel_tool_calls',
        'max_tool_calls',
        'text',
        'reasoning',
        'previous_response_id',
        'conversation',
        'store',
        'stream',
        'stream_options',
        'background',
        'max_output_tokens',
        'temperature',
        'top_p',
        'top_logprobs',
        'metadata',
        'include',
        'truncation',
        'service_tier',
        'user',
        'safety_identifier',
        'prompt_cache_key',
        'prompt_cache_retention',
        'prompt',
      ]),
    );
    expect(REQUEST_SCHEMA.additionalProperties).toBe(true);
  });
});

describe('REQUEST_SCHEMA accepts real requests and flags real mistakes', () => {
  const valid: Record<string, unknown> = {
    default: JSON.parse(DEFAULT_REQUEST_TEXT),
    'parallel functions (seed)': {
      input: [{ role: 'user', content: 'do things' }],
      metadata: { model_id: '32' },
      model: 'gpt-4.1',
      tool_choice: 'auto',
      tools: [
        {
          type: 'function',
          name: 'random_generator',
          description: 'd',
          parameters: { type: 'object', properties: { min: { type: 'integer' } } },
        },
        {
          type: 'function',
          name: 'system_info',
          description: 'd',
          parameters: { type: 'object', properties: {} },
        },
      ],
    },
    'tool outputs round trip': {
      model: 'm',
      previous_response_id: 'resp_1',
      input: [
        { type: 'function_call_output', call_id: 'call_1', output: '{"ok":true}' },
        { type: 'function_call', call_id: 'call_2', name: 'f', arguments: '{}' },
        { type: 'custom_tool_call_output', call_id: 'call_3', output: [{ type: 'input_text', text: 'x' }] },
        { type: 'item_reference', id: 'msg_1' },
        { id: 'rs_1' },
        { type: 'reasoning', id: 'rs_2', summary: [{ type: 'summary_text', text: 's' }] },
        { type: 'mcp_approval_response', approval_request_id: 'mcpr_1', approve: true },
        { type: 'web_search_call', id: 'ws_1', status: 'completed', action: {} },
      ],
    },
    'multimodal message and everything else': {
      model: 'gpt-5',
      instructions: null,
      input: [
        { role: 'developer', content: 'Be brief.' },
        {
          type: 'message',
          role: 'user',
          content: [
            { type: 'input_text', text: 'What is this?' },
            { type: 'input_image', image_url: 'data:image/png;base64,AAAA', detail: 'low' },
            { type: 'input_file', file_id: 'file_1' },
          ],
        },
        {
          type: 'message',
          id: 'msg_1',
          role: 'assistant',
          status: 'completed',
          content: [{ type: 'output_text', text: 'hi', annotations: [] }],
        },
      ],
      tools: [
        {
          type: 'web_search',
          search_context_size: 'low',
          user_location: { type: 'approximate', country: 'US' },
          filters: { allowed_domains: ['example.com'] },
        },
        { type: 'web_search_preview' },
        {
          type: 'file_search',
          vector_store_ids: ['vs_1'],
          max_num_results: 5,
          ranking_options: { score_threshold: 0.5 },
        },
        { type: 'code_interpreter', container: { type: 'auto', memory_limit: '4g' } },
        { type: 'image_generation', quality: 'high', size: '1024x1024' },
        {
          type: 'mcp',
          server_label: 'deepwiki',
          server_url: 'https://mcp.deepwiki.com/mcp',
          require_approval: 'never',
          allowed_tools: ['ask'],
        },
        {
          type: 'custom',
          name: 'math_exp',
          format: { type: 'grammar', syntax: 'lark', definition: 'start: NUMBER' },
        },
        { type: 'computer_use_preview', display_width: 1024, display_height: 768, environment: 'browser' },
        { type: 'local_shell' },
        { type: 'shell', environment: { type: 'container_auto' } },
        { type: 'namespace', name: 'ns', tools: [] },
      ],
      tool_choice: { type: 'allowed_tools', mode: 'required', tools: [{ type: 'function', name: 'f' }] },
      parallel_tool_calls: false,
      max_tool_calls: 3,
      text: {
        format: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true },
        verbosity: 'low',
      },
      reasoning: { effort: 'minimal', summary: 'auto' },
      store: false,
      stream: true,
      stream_options: { include_obfuscation: false },
      background: false,
      max_output_tokens: 1024,
      temperature: 1.2,
      top_p: 0.9,
      top_logprobs: 5,
      include: ['reasoning.encrypted_content', 'message.output_text.logprobs'],
      truncation: 'auto',
      service_tier: 'flex',
      safety_identifier: 'user-hash',
      prompt_cache_key: 'k',
      prompt_cache_retention: '24h',
      prompt: {
        id: 'pmpt_1',
        version: '2',
        variables: { city: 'Paris', img: { type: 'input_image', file_id: 'f' } },
      },
      conversation: { id: 'conv_1' },
      relay_extension: { anything: true },
    },
  };

  it.each(Object.entries(valid))('accepts: %s', (_name, body) => {
    expect(validate(REQUEST_SCHEMA, body)).toEqual([]);
  });

  const invalid: [string, Record<string, unknown>][] = [
    ['temperature above 2', { temperature: 3 }],
    ['unknown tool_choice mode', { tool_choice: 'sometimes' }],
    ['function tool without a name', { tools: [{ type: 'function', parameters: {} }] }],
    ['function name with spaces', { tools: [{ type: 'function', name: 'get weather' }] }],
    ['unknown reasoning effort', { reasoning: { effort: 'ultra' } }],
    ['function_call_output without call_id', { input: [{ type: 'function_call_output', output: 'x' }] }],
    ['message with an unknown role', { input: [{ role: 'robot', content: 'x' }] }],
    [
      'input_image with a wrong detail',
      { input: [{ role: 'user', content: [{ type: 'input_image', detail: 'max' }] }] },
    ],
    ['unknown include value', { include: ['everything'] }],
    ['stream as a string', { stream: 'true' }],
    ['metadata value not a string', { metadata: { a: 1 } }],
    [
      '17 metadata pairs',
      { metadata: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, 'v'])) },
    ],
    ['json_schema format without a schema', { text: { format: { type: 'json_schema', name: 'x' } } }],
    ['file_search without vector stores', { tools: [{ type: 'file_search' }] }],
  ];

  it.each(invalid)('flags: %s', (_name, body) => {
    expect(validate(REQUEST_SCHEMA, body)).not.toEqual([]);
  });
});
