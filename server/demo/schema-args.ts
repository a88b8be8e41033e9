/**
 * Plausible JSON values for a JSON Schema: function-call arguments and `json_schema` answers.
 * Required properties always, optional ones mostly; `default`, `enum`, bounds and formats respected;
 * numbers the user typed are reused for number parameters, and names like min/max/count get sensible
 * values, so the seed's tools get e.g. {"min":1,"max":100,"count":3} and {"a":123.5,"b":456.7,...}.
 */
import type { Json, JsonMap } from './request';
import { isMap } from './request';
import type { Rng } from './rng';

export interface ValueContext {
  rng: Rng;
  /** The user's request text, for hints (numbers, operators, a topic). */
  text: string;
}

interface State extends ValueContext {
  root: JsonMap;
  numbers: number[];
  depth: number;
  /** Values left to generate, shared by the whole tree: `$ref` cycles and wide schemas stop here. */
  budget: { left: number };
}

const MAX_DEPTH = 6;
/** Bounds that keep one hostile schema (`minItems: 1e9`, a `$ref` fan-out) from holding the server. */
const MAX_VALUES = 5_000;
const MAX_ITEMS = 100;
const MAX_STRING = 10_000;

export function valueForSchema(schema: JsonMap, context: ValueContext): Json {
  const numbers = (context.text.match(/-?\d+(?:\.\d+)?/g) ?? []).map(Number);
  // Numbers with a fraction are the likeliest operands ("123.5 + 456.7"); list them first.
  numbers.sort((x, y) => Number(Number.isInteger(x)) - Number(Number.isInteger(y)));
  return generate(schema, '', { ...context, root: schema, numbers, depth: 0, budget: { left: MAX_VALUES } });
}

function resolve(schema: JsonMap, state: State): JsonMap {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return schema;
  let node: Json | undefined = state.root;
  for (const key of ref.slice(2).split('/')) node = isMap(node) ? node[key] : undefined;
  return isMap(node) ? node : {};
}

function typeOf(schema: JsonMap): string | undefined {
  const type = schema.type;
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (isMap(schema.properties)) return 'object';
  if (isMap(schema.items)) return 'array';
  return undefined;
}

function generate(raw: JsonMap, name: string, state: State): Json {
  if (--state.budget.left < 0) return null;
  const schema = resolve(raw, state);
  if ('const' in schema) return schema.const ?? null;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return chooseOption(schema.enum, state);
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants)) {
    const first = variants.filter(isMap).find((v) => typeOf(resolve(v, state)) !== 'null');
    if (first) return generate(first, name, { ...state, depth: state.depth + 1 });
  }
  if ('default' in schema && schema.default !== undefined) return schema.default;
  const deeper = { ...state, depth: state.depth + 1 };
  switch (typeOf(schema)) {
    case 'object':
      return objectValue(schema, deeper);
    case 'array':
      return arrayValue(schema, name, deeper);
    case 'integer':
      return numberValue(schema, name, state, true);
    case 'number':
      return numberValue(schema, name, state, false);
    case 'boolean':
      return state.rng.next() < 0.6;
    case 'null':
      return null;
    case 'string':
    case undefined:
    default:
      return stringValue(schema, name, state);
  }
}

function objectValue(schema: JsonMap, state: State): JsonMap {
  const out: JsonMap = {};
  if (state.depth > MAX_DEPTH) return out;
  const properties = isMap(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const keys = Object.keys(properties);
  for (const key of keys) {
    const sub = properties[key];
    if (!isMap(sub)) continue;
    // Small objects get every property; bigger ones skip about a quarter of the optional ones.
    if (!required.has(key) && keys.length > 5 && state.rng.next() < 0.25) continue;
    out[key] = generate(sub, key, state);
  }
  return out;
}

function arrayValue(schema: JsonMap, name: string, state: State): Json[] {
  if (state.depth > MAX_DEPTH) return [];
  const min = typeof schema.minItems === 'number' ? schema.minItems : 1;
  const max = typeof schema.maxItems === 'number' ? schema.maxItems : Math.max(min, 3);
  const count = Math.min(max, Math.max(min, 2), MAX_ITEMS);
  const items = isMap(schema.items) ? schema.items : {};
  const out: Json[] = [];
  for (let i = 0; i < count * 4 && out.length < count; i++) {
    const value = generate(items, singular(name), state);
    if (schema.uniqueItems === true && out.some((v) => JSON.stringify(v) === JSON.stringify(value))) continue;
    out.push(value);
  }
  return out;
}

function numberValue(schema: JsonMap, name: string, state: State, integer: boolean): number {
  const lo = bound(schema, 'minimum', 'exclusiveMinimum', integer, 1);
  const hi = bound(schema, 'maximum', 'exclusiveMaximum', integer, -1);
  const described = describedDefault(schema);
  let value: number;
  // A few items reads better than the documented default of one ("生成数量(默认1)").
  if (/count|num|quantity|limit|size|^n$|top_?k|amount/i.test(name)) value = 3;
  else if (described !== undefined) value = described;
  else if (/^(min|minimum|from|start|low|lower|lo)/i.test(name)) value = lo ?? 1;
  else if (/^(max|maximum|to|end|high|upper|hi)/i.test(name)) value = hi ?? 100;
  else if (!integer && state.numbers.length > 0) value = state.numbers.shift() as number;
  else value = integer ? state.rng.int(1, 100) : Math.round(state.rng.next() * 10000) / 100;
  if (integer) value = Math.round(value);
  if (lo !== undefined && value < lo) value = lo;
  if (hi !== undefined && value > hi) value = hi;
  const step = typeof schema.multipleOf === 'number' && schema.multipleOf > 0 ? schema.multipleOf : 0;
  if (step) value = Math.ceil(value / step) * step;
  return value;
}

function bound(schema: JsonMap, key: string, exclusive: string, integer: boolean, dir: 1 | -1) {
  if (typeof schema[key] === 'number') return schema[key];
  const ex = schema[exclusive];
  return typeof ex === 'number' ? ex + dir * (integer ? 1 : 0.01) : undefined;
}

/** "最小值(默认1)", "count (default: 5)" → the number, when a schema only says it in prose. */
function describedDefault(schema: JsonMap): number | undefined {
  const text = typeof schema.description === 'string' ? schema.description : '';
  const match = /(?:默认|default(?:s to)?)\s*[:：=]?\s*(-?\d+(?:\.\d+)?)/i.exec(text);
  return match ? Number(match[1]) : undefined;
}

const OPERATORS: [RegExp, RegExp][] = [
  [/\+|加|plus|sum|add/i, /^(add|plus|sum|addition|\+)$/i],
  [/-|减|minus|subtract/i, /^(subtract|minus|sub|subtraction|-)$/i],
  [/\*|×|乘|times|multipl/i, /^(multiply|times|mul|multiplication|\*)$/i],
  [/÷|除|divide/i, /^(divide|div|division|\/)$/i],
  [/\^|幂|次方|power/i, /^(power|pow|exponent|\^)$/i],
];

function chooseOption(options: Json[], state: State): Json {
  for (const [inText, option] of OPERATORS) {
    if (!inText.test(state.text)) continue;
    const hit = options.find((o) => typeof o === 'string' && option.test(o));
    if (hit !== undefined) return hit;
  }
  return options[0] ?? null;
}

function stringValue(schema: JsonMap, name: string, state: State): string {
  const description = typeof schema.description === 'string' ? schema.description : '';
  // "运算类型: add, subtract, multiply" lists the allowed values in prose.
  const listed = /[:：]\s*([A-Za-z_][\w-]*(?:\s*[,，、|/]\s*[A-Za-z_][\w-]*)+)\s*$/.exec(description);
  let value: string;
  if (listed?.[1])
    value = JSON.stringify(chooseOption(listed[1].split(/\s*[,，、|/]\s*/), state)).slice(1, -1);
  else value = formatted(schema, name, state);
  const min = typeof schema.minLength === 'number' ? schema.minLength : 0;
  const max = typeof schema.maxLength === 'number' ? schema.maxLength : Infinity;
  if (value.length < min) value = value.padEnd(Math.min(min, MAX_STRING), 'x');
  return Array.from(value).slice(0, max).join('');
}

function formatted(schema: JsonMap, name: string, state: State): string {
  const chinese = /[\u4e00-\u9fff]/.test(state.text);
  const format = typeof schema.format === 'string' ? schema.format : '';
  switch (format) {
    case 'date-time':
      return '2025-08-25T09:30:00Z';
    case 'date':
      return '2025-08-25';
    case 'time':
      return '09:30:00';
    case 'email':
      return 'ada@example.com';
    case 'uri':
    case 'url':
      return 'https://example.com/';
    case 'uuid':
      return `${state.rng.hex(8)}-${state.rng.hex(4)}-4${state.rng.hex(3)}-a${state.rng.hex(3)}-${state.rng.hex(12)}`;
  }
  if (/city|location|place|address/i.test(name)) return chinese ? '上海' : 'San Francisco, CA';
  if (/unit/i.test(name)) return 'celsius';
  if (/timezone|tz/i.test(name)) return chinese ? 'Asia/Shanghai' : 'America/Los_Angeles';
  if (/lang|locale/i.test(name)) return chinese ? 'zh-CN' : 'en-US';
  if (/email/i.test(name)) return 'ada@example.com';
  if (/url|link|href/i.test(name)) return 'https://example.com/';
  if (/^(name|title|label)$/i.test(name)) return chinese ? '示例' : 'Example';
  if (/query|question|prompt|text|q$|search|message|content/i.test(name)) return topic(state.text);
  return chinese ? '示例值' : 'example';
}

/** A short excerpt of the user's text, on one line. */
export function topic(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(line);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : line || 'hello';
}

function singular(name: string): string {
  return name.endsWith('s') ? name.slice(0, -1) : name;
}
