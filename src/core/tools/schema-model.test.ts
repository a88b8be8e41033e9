import seedText from '../../../e2e/data/seed-parallel-tools.json?raw';
import { describe, expect, it } from 'vitest';
import { modelToSchema, schemaToModel } from './schema-model';
import { toolEntries } from './tool-entries';
import { renameProperty, moveProperty } from './property-edits';

const seed = JSON.parse(seedText) as {
  tools: unknown[];
};

/** A schema full of keywords the builder has no control for. */
const RICH = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Order',
  type: 'object',
  'x-vendor': { keep: ['me', 1, null] },
  properties: {
    id: { type: 'string', pattern: '^ord_[0-9]+$', format: 'uuid', $comment: 'opaque' },
    qty: { type: 'integer', minimum: 1, maximum: 99, multipleOf: 1, default: 1 },
    address: { $ref: '#/$defs/address', description: 'Ship to' },
    tags: {
      type: ['array', 'null'],
      items: { type: 'string', enum: ['a', 'b'] },
      minItems: 0,
      uniqueItems: true,
    },
    either: { anyOf: [{ type: 'string' }, { type: 'number' }] },
  },
  required: ['qty', 'id'],
  additionalProperties: false,
  $defs: {
    address: {
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    },
  },
  unknownKeyword: 42,
};

describe('schemaToModel / modelToSchema', () => {
  it('round-trips every seed tool unchanged, byte for byte', () => {
    const entries = toolEntries(seed.tools);
    expect(entries).toHaveLength(4);
    for (const [i, entry] of entries.entries()) {
      expect(entry.kind).toBe('function');
      if (entry.kind !== 'function' || !entry.parameters) throw new Error('function expected');
      expect(JSON.stringify(entry.tool)).toBe(JSON.stringify(seed.tools[i]));
      expect(JSON.stringify(modelToSchema(entry.parameters))).toBe(
        JSON.stringify((seed.tools[i] as { parameters: unknown }).parameters),
      );
    }
  });

  it('keeps keywords the builder does not show, in their order', () => {
    const model = schemaToModel(RICH, { strict: true });
    expect(JSON.stringify(modelToSchema(model))).toBe(JSON.stringify(RICH));
    expect(model.extraKeywords).toEqual([
      '$schema',
      'title',
      'x-vendor',
      'additionalProperties',
      '$defs',
      'unknownKeyword',
    ]);
    const id = model.properties?.find((p) => p.name === 'id');
    expect(id?.schema.extraKeywords).toEqual(['pattern', 'format', '$comment']);
    expect(id?.required).toBe(true);
  });

  it('shows types, nullability, refs and combinators', () => {
    const model = schemaToModel(RICH, { strict: true });
    const by = (n: string) => model.properties?.find((p) => p.name === n);
    expect(by('qty')?.schema).toMatchObject({ type: 'integer', kind: 'integer', defaultValue: { value: 1 } });
    expect(by('address')?.schema).toMatchObject({ kind: '$ref', description: 'Ship to' });
    expect(by('tags')?.schema).toMatchObject({ type: 'array', nullable: true });
    expect(by('tags')?.schema.items).toMatchObject({ type: 'string', enumValues: ['a', 'b'] });
    expect(by('either')?.schema.kind).toBe('anyOf');
    expect(by('tags')?.required).toBe(false);
  });

  it('reads the strict optional form (listed and nullable) as not required', () => {
    const schema = {
      type: 'object',
      properties: { a: { type: ['string', 'null'] }, b: { type: 'string' } },
      required: ['a', 'b'],
    };
    const strict = schemaToModel(schema, { strict: true });
    expect(strict.properties?.map((p) => [p.name, p.required, p.optional])).toEqual([
      ['a', false, true],
      ['b', true, false],
    ]);
    const loose = schemaToModel(schema, { strict: false });
    expect(loose.properties?.map((p) => p.required)).toEqual([true, true]);
  });

  it('keeps ids across a rename and a reorder, so rows keep focus', () => {
    const schema = { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } } };
    const first = schemaToModel(schema, { strict: false });
    const renamed = schemaToModel(renameProperty(schema, [], 'a', 'ab'), { strict: false, prev: first });
    expect(renamed.properties?.map((p) => p.id)).toEqual(first.properties?.map((p) => p.id));
    const moved = schemaToModel(moveProperty(schema, [], 0, 1), { strict: false, prev: first });
    expect(moved.properties?.map((p) => p.id)).toEqual(first.properties?.map((p) => p.id).reverse());
  });
});
