/**
 * The `metadata.demo_invalid_args` knob: function-call arguments that break the tool's schema on
 * purpose, so a tool test (or the argument check in the output pane) can be seen failing offline.
 *
 * - `"all"` (or `"true"`): every call.
 * - `"get_weather,send_email"`: calls to these functions.
 * - a share such as `"0.5"`: that share of calls, counted per backend (call k is broken when
 *   ⌊(k+1)·share⌋ > ⌊k·share⌋), so 4 runs of one test at `"0.5"` give exactly 2 broken calls and a
 *   pass rate of 50 %. This is the one knob whose answer depends on earlier requests.
 */
import type { Json, JsonMap } from './request';
import { isMap } from './request';

export type InvalidArgsKnob =
  | { kind: 'none' }
  | { kind: 'all' }
  | { kind: 'tools'; names: ReadonlySet<string> }
  | { kind: 'share'; share: number };

/** Reads `metadata.demo_invalid_args`. */
export function invalidArgsKnob(body: JsonMap): InvalidArgsKnob {
  const raw = isMap(body.metadata) ? body.metadata.demo_invalid_args : undefined;
  if (typeof raw !== 'string' || raw.trim() === '' || raw.trim() === 'false') return { kind: 'none' };
  const value = raw.trim();
  if (value === 'all' || value === 'true') return { kind: 'all' };
  const share = Number(value);
  if (Number.isFinite(share))
    return share > 0 ? { kind: 'share', share: Math.min(share, 1) } : { kind: 'none' };
  return { kind: 'tools', names: new Set(value.split(',').map((name) => name.trim())) };
}

/** A per-backend decider: whether the next call to `name` gets broken arguments under `knob`. */
export function createInvalidArgsDecider(): (knob: InvalidArgsKnob, name: string) => boolean {
  let calls = 0;
  return (knob, name) => {
    switch (knob.kind) {
      case 'none':
        return false;
      case 'all':
        return true;
      case 'tools':
        return knob.names.has(name);
      case 'share': {
        const k = calls++;
        return Math.floor((k + 1) * knob.share) > Math.floor(k * knob.share);
      }
    }
  };
}

const WRONG_VALUE: Record<string, Json> = {
  string: 12345,
  number: 'not a number',
  integer: 'not an integer',
  boolean: 'yes',
  array: 'not a list',
  object: 'not an object',
  null: 'not null',
};

/**
 * Arguments text that `schema` rejects, made from valid arguments: a typed property gets a value of
 * another type; else a required property goes missing; else an unexpected property is added (closed
 * objects); else the arguments are a list instead of an object; as a last resort, text that is not JSON.
 */
export function brokenArguments(valid: Json, schema: JsonMap): string {
  const properties = isMap(schema.properties) ? schema.properties : {};
  if (isMap(valid)) {
    for (const [key, sub] of Object.entries(properties)) {
      const type = isMap(sub) && typeof sub.type === 'string' ? sub.type : undefined;
      if (type && type in WRONG_VALUE && key in valid)
        return JSON.stringify({ ...valid, [key]: WRONG_VALUE[type] });
    }
    const required = Array.isArray(schema.required)
      ? schema.required.filter((k) => typeof k === 'string')
      : [];
    const missing = required.find((key) => key in valid);
    if (missing !== undefined) {
      const rest = { ...valid };
      delete rest[missing];
      return JSON.stringify(rest);
    }
    if (schema.additionalProperties === false) return JSON.stringify({ ...valid, unexpected_argument: true });
  }
  if (schema.type === 'object') return JSON.stringify([valid]);
  return '{"arguments": ';
}
