import { describe, expect, it } from 'vitest';
import { extrasOf, setDefault, setDescription, setEnum, setExtras, setType } from './schema-edits';
import {
  addProperty,
  duplicateProperty,
  moveProperty,
  removeProperty,
  renameProperty,
  setRequired,
} from './property-edits';
import { makeNonNullable, makeNullable } from './nullable';

const base = {
  type: 'object',
  properties: {
    city: { type: 'string', pattern: '^[A-Z]', 'x-ui': 1 },
    days: { type: 'integer', minimum: 1 },
  },
  required: ['city'],
  additionalProperties: false,
  $defs: { keep: { type: 'string' } },
};
const strict = { strict: true };
const loose = { strict: false };

describe('schema edits are lossless patches', () => {
  it('adds a required string parameter with a free name', () => {
    const { schema, name } = addProperty(base, [], loose);
    expect(name).toBe('param_3');
    expect(schema).toEqual({
      ...base,
      properties: { ...base.properties, param_3: { type: 'string' } },
      required: ['city', 'param_3'],
    });
    expect(addProperty({ type: 'object' }, [], strict).schema).toEqual({
      type: 'object',
      properties: { param_1: { type: 'string' } },
      required: ['param_1'],
    });
  });

  it('renames in place and in required', () => {
    const out = renameProperty(base, [], 'city', 'town') as typeof base;
    expect(Object.keys(out.properties)).toEqual(['town', 'days']);
    expect(out.required).toEqual(['town']);
    expect(JSON.stringify(out.properties)).toContain('"pattern":"^[A-Z]","x-ui":1');
    expect(renameProperty(base, [], 'city', 'days')).toBe(base);
  });

  it('removes, moves and duplicates properties', () => {
    expect(removeProperty(base, [], 'city')).toEqual({
      ...base,
      properties: { days: base.properties.days },
      required: [],
    });
    const moved = moveProperty(base, [], 1, 0) as typeof base;
    expect(Object.keys(moved.properties)).toEqual(['days', 'city']);
    expect(moved.required).toEqual(['city']);
    const dup = duplicateProperty(base, [], 'city') as typeof base;
    expect(Object.keys(dup.properties)).toEqual(['city', 'city_copy', 'days']);
    expect(dup.required).toEqual(['city', 'city_copy']);
  });

  it('sets type, keeping nullability and dropping what no longer applies', () => {
    const path = ['properties', 'city'];
    const num = setType(base, path, 'number', strict) as { properties: Record<string, unknown> };
    expect(num.properties.city).toEqual({ type: 'number', pattern: '^[A-Z]', 'x-ui': 1 });
    const obj = setType(base, path, 'object', strict) as { properties: Record<string, unknown> };
    expect(obj.properties.city).toEqual({
      type: 'object',
      pattern: '^[A-Z]',
      'x-ui': 1,
      properties: {},
      required: [],
      additionalProperties: false,
    });
    const arr = setType({ type: ['null', 'string'], enum: ['a', null] }, [], 'array', strict);
    expect(arr).toEqual({ type: ['null', 'array'], items: { type: 'string' } });
    expect(setType({ $ref: '#/$defs/x', description: 'd' }, [], 'boolean', loose)).toEqual({
      description: 'd',
      type: 'boolean',
    });
    expect(setType({ type: 'object', properties: { a: {} }, required: ['a'] }, [], 'string', loose)).toEqual({
      type: 'string',
    });
  });

  it('sets description, enum and default; empty description removes the keyword', () => {
    const path = ['properties', 'days'];
    const d = setDescription(base, path, 'How many') as { properties: { days: unknown } };
    expect(d.properties.days).toEqual({ type: 'integer', minimum: 1, description: 'How many' });
    expect((setDescription(d, path, '') as typeof d).properties.days).toEqual(base.properties.days);
    expect(setEnum({ type: 'string' }, [], ['a', 'b'])).toEqual({ type: 'string', enum: ['a', 'b'] });
    expect(setEnum({ type: 'string', enum: ['a'] }, [], undefined)).toEqual({ type: 'string' });
    expect(setDefault({ type: 'string' }, [], { value: null })).toEqual({ type: 'string', default: null });
    expect(setDefault({ type: 'string', default: 'x' }, [], undefined)).toEqual({ type: 'string' });
  });

  it('edits the extra keywords as raw JSON, keeping managed keywords and positions', () => {
    const node = base.properties.city;
    expect(extrasOf(node)).toEqual({ pattern: '^[A-Z]', 'x-ui': 1 });
    const out = setExtras(node, [], { 'x-ui': 2, format: 'email' });
    expect(JSON.stringify(out)).toBe('{"type":"string","x-ui":2,"format":"email"}');
  });

  it('Required outside strict mode toggles the required entry only', () => {
    expect(setRequired(base, [], 'days', true, loose)).toMatchObject({ required: ['city', 'days'] });
    expect(setRequired(base, [], 'city', false, loose)).toMatchObject({
      required: [],
      properties: base.properties,
    });
  });

  it('Required in strict mode keeps the key listed and compiles "optional" to nullable', () => {
    const optional = setRequired(base, [], 'city', false, strict) as typeof base;
    expect(optional.required).toEqual(['city']);
    expect(optional.properties.city).toEqual({ type: ['string', 'null'], pattern: '^[A-Z]', 'x-ui': 1 });
    const back = setRequired(optional, [], 'city', true, strict);
    expect(back).toEqual(base);
    const days = setRequired(base, [], 'days', false, strict) as typeof base;
    expect(days.required).toEqual(['city', 'days']);
    expect(days.properties.days.type).toEqual(['integer', 'null']);
  });
});

describe('nullable form', () => {
  it('adds and removes null on types, enums, refs and anyOf', () => {
    expect(makeNullable({ type: 'string', enum: ['F', 'C'] })).toEqual({
      type: ['string', 'null'],
      enum: ['F', 'C', null],
    });
    expect(makeNullable({ $ref: '#/$defs/a', description: 'x' })).toEqual({
      anyOf: [{ $ref: '#/$defs/a' }, { type: 'null' }],
      description: 'x',
    });
    expect(makeNullable({ anyOf: [{ type: 'string' }] })).toEqual({
      anyOf: [{ type: 'string' }, { type: 'null' }],
    });
    expect(makeNonNullable({ anyOf: [{ $ref: '#/$defs/a' }, { type: 'null' }], description: 'x' })).toEqual({
      $ref: '#/$defs/a',
      description: 'x',
    });
    expect(makeNonNullable({ type: ['string', 'null'], enum: ['F', null] })).toEqual({
      type: 'string',
      enum: ['F'],
    });
  });
});
