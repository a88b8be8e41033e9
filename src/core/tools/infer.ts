import { isObject, type JsonObject } from '../json';
import { makeNullable } from './nullable';

/**
 * Formats a string example is recognised as: only those strict mode accepts, and only when the
 * example is unambiguous.
 */
const FORMAT_TESTS: [string, RegExp][] = [
  ['date-time', /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/],
  ['date', /^\d{4}-\d{2}-\d{2}$/],
  ['time', /^\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/],
  ['email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/],
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
];

export interface InferOptions {
  /** Strict form (default): every key required, objects closed, keys missing from some samples nullable. */
  strict?: boolean;
  /** Detect string formats (default true). */
  formats?: boolean;
}

/**
 * Infers a JSON Schema from an example value. Arrays merge their elements: object keys seen in
 * only some elements become optional (nullable in strict form), mixed types become `anyOf`, and
 * integers merged with other numbers become `number`.
 */
export function inferSchema(example: unknown, options: InferOptions = {}): JsonObject {
  const opts = { strict: options.strict ?? true, formats: options.formats ?? true };
  return merge([example], opts);
}

type Opts = Required<InferOptions>;

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

/** One schema for all the samples. */
function merge(samples: unknown[], opts: Opts): JsonObject {
  let kinds = [...new Set(samples.map(kindOf))];
  if (kinds.includes('number')) kinds = kinds.filter((k) => k !== 'integer');
  const nonNull = kinds.filter((k) => k !== 'null');
  const nullable = kinds.includes('null');
  if (nonNull.length === 0) return { type: 'null' };
  if (nonNull.length > 1) {
    const branches = nonNull.map((k) =>
      merge(
        samples.filter((s) => sameKind(kindOf(s), k)),
        opts,
      ),
    );
    return { anyOf: nullable ? [...branches, { type: 'null' }] : branches };
  }
  const kind = nonNull[0] as string;
  const of = samples.filter((s) => s !== null);
  const schema = single(kind, of, opts);
  return nullable ? makeNullable(schema) : schema;
}

function sameKind(actual: string, wanted: string): boolean {
  return actual === wanted || (wanted === 'number' && actual === 'integer');
}

function single(kind: string, samples: unknown[], opts: Opts): JsonObject {
  switch (kind) {
    case 'object':
      return objectSchema(samples.filter(isObject), opts);
    case 'array': {
      const elements = samples.flatMap((s) => s as unknown[]);
      // Nothing to learn from an empty array: strict mode still needs a typed `items`.
      return { type: 'array', items: elements.length === 0 ? { type: 'string' } : merge(elements, opts) };
    }
    case 'string': {
      const out: JsonObject = { type: 'string' };
      if (opts.formats) {
        const strings = samples as string[];
        const found = FORMAT_TESTS.find(([, re]) => strings.every((s) => re.test(s)));
        if (found) out.format = found[0];
      }
      return out;
    }
    default:
      return { type: kind };
  }
}

function objectSchema(samples: JsonObject[], opts: Opts): JsonObject {
  const keys: string[] = [];
  for (const s of samples) for (const k of Object.keys(s)) if (!keys.includes(k)) keys.push(k);
  const properties: JsonObject = {};
  const always: string[] = [];
  for (const k of keys) {
    const present = samples.filter((s) => k in s);
    let prop = merge(
      present.map((s) => s[k]),
      opts,
    );
    if (present.length === samples.length) always.push(k);
    else if (opts.strict) prop = makeNullable(prop);
    properties[k] = prop;
  }
  if (!opts.strict) return { type: 'object', properties, required: always };
  return { type: 'object', properties, required: keys, additionalProperties: false };
}
