/**
 * Validation of model output against schemas with Ajv: function-call arguments against the tool's
 * `parameters`, and a structured answer against `text.format.schema`.
 *
 * Ajv compiles each schema to a JavaScript function (`new Function`). The page's CSP forbids that,
 * so the app calls this from a worker (features/tool-builder/validation.worker.ts); tests call it
 * directly.
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { isObject, withKey } from '../json';

export interface Violation {
  /** JSON Pointer into the checked value ("" for the value itself). */
  path: string;
  /** In English (Ajv's words, ours for a few keywords). */
  message: string;
  keyword: string;
  /** Ajv's error params, as text, so the UI can word the violation by `keyword` in its language. */
  params?: Record<string, string | number>;
}

export type CheckResult =
  | { status: 'valid' }
  | { status: 'invalid'; violations: Violation[] }
  | { status: 'not-json'; message: string }
  | { status: 'bad-schema'; message: string };

// Draft-07 Ajv: reads $defs and definitions, tuple items, and ignores keywords it does not know
// (strict: false), as the OpenAI schemas mix drafts. Schemas with an $id are not registered, so the
// same schema can be compiled again after an edit.
const ajv = new Ajv({ allErrors: true, strict: false, addUsedSchema: false, validateSchema: true });
addFormats(ajv);

const cache = new Map<string, ValidateFunction | string>();

function compile(schema: unknown): ValidateFunction | string {
  // `$schema` would make Ajv look up a meta-schema it may not have (2020-12); the draft is ours to pick.
  const clean = isObject(schema) ? withKey(schema, '$schema', undefined) : schema;
  const key = JSON.stringify(clean);
  const hit = cache.get(key);
  if (hit) return hit;
  let result: ValidateFunction | string;
  try {
    result = ajv.compile(clean as object);
  } catch (e) {
    result = e instanceof Error ? e.message : String(e);
  }
  if (cache.size > 200) cache.clear();
  cache.set(key, result);
  return result;
}

/** Validates a value against a JSON Schema; every violation is listed (allErrors). */
export function validateValue(schema: unknown, value: unknown): CheckResult {
  if (typeof schema !== 'boolean' && !isObject(schema))
    return { status: 'bad-schema', message: 'The schema is not an object.' };
  const validate = compile(schema);
  if (typeof validate === 'string') return { status: 'bad-schema', message: validate };
  if (validate(value)) return { status: 'valid' };
  return { status: 'invalid', violations: (validate.errors ?? []).map(describe) };
}

/** Parses `text` as JSON and validates it; text that is not JSON is reported as such. */
export function validateJsonText(schema: unknown, text: string): CheckResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { status: 'not-json', message: e instanceof Error ? e.message : String(e) };
  }
  return validateValue(schema, value);
}

function describe(e: ErrorObject): Violation {
  const p = e.params as Record<string, unknown>;
  let message = e.message ?? e.keyword;
  if (e.keyword === 'additionalProperties') message = `unexpected property "${String(p.additionalProperty)}"`;
  else if (e.keyword === 'required') message = `missing required property "${String(p.missingProperty)}"`;
  else if (e.keyword === 'enum') message = `must be one of ${JSON.stringify(p.allowedValues)}`;
  else if (e.keyword === 'const') message = `must be ${JSON.stringify(p.allowedValue)}`;
  const params: Record<string, string | number> = {};
  // Worded as in `message`: values JSON, a type list joined as Ajv does.
  for (const [k, v] of Object.entries(p))
    params[k] =
      k === 'allowedValue' || k === 'allowedValues'
        ? JSON.stringify(v)
        : typeof v === 'string' || typeof v === 'number'
          ? v
          : Array.isArray(v)
            ? v.join(',')
            : JSON.stringify(v);
  return { path: e.instancePath, message, keyword: e.keyword, params };
}
