import { beforeAll, describe, expect, it } from 'vitest';
import { validateValue, type Violation } from '../../core/tools/validate';
import { i18n, initI18n } from '../../i18n';
import { violationLine, violationMessage } from './violation-words';

/** The violation of `keyword` Ajv reports for `value` against `schema` (all errors are listed). */
function violation(schema: object, value: unknown, keyword: string): Violation {
  const result = validateValue(schema, value);
  if (result.status !== 'invalid') throw new Error(`expected a violation, got ${result.status}`);
  const found = result.violations.find((v) => v.keyword === keyword);
  if (!found) throw new Error(`no ${keyword} violation`);
  return found;
}

const UNCOMMON: [string, object, unknown, string][] = [
  ['minProperties', { type: 'object', minProperties: 2 }, { a: 1 }, '属性不得少于 2 个'],
  ['maxProperties', { type: 'object', maxProperties: 1 }, { a: 1, b: 2 }, '属性不得多于 1 个'],
  ['additionalItems', { items: [{}], additionalItems: false }, [1, 2], '不得多于 1 项'],
  ['uniqueItems', { uniqueItems: true }, [1, 1], '不得有重复项（第 0 项与第 1 项相同）'],
  ['contains', { contains: { const: 1 } }, [2], '至少要有 1 项符合要求'],
  ['anyOf', { anyOf: [{ type: 'string' }, { type: 'number' }] }, null, '必须符合 `anyOf` 中的某个模式'],
  ['oneOf', { oneOf: [{ type: 'number' }, { minimum: 0 }] }, 1, '必须恰好符合 `oneOf` 中的一个模式'],
  ['not', { not: { type: 'string' } }, 'x', '不得符合 `not` 中的模式'],
  ['propertyNames', { propertyNames: { maxLength: 1 } }, { ab: 1 }, '属性名不符合要求'],
  ['dependencies', { dependencies: { a: ['b'] } }, { a: 1 }, '存在属性 a 时，还必须有属性 b'],
  ['false schema', { properties: { a: false } }, { a: 1 }, '模式为 `false`：不接受任何值'],
];

beforeAll(() => {
  initI18n('en');
});

describe('schema violations in the UI language', () => {
  it.each(UNCOMMON)('%s: Ajv’s English word for word, and Chinese', (keyword, schema, value, zh) => {
    const v = violation(schema, value, keyword);
    expect(violationMessage(i18n.getFixedT('en', 'tools'), v)).toBe(v.message);
    expect(violationMessage(i18n.getFixedT('zh-CN', 'tools'), v)).toBe(zh);
  });

  it('if / then: names the failing branch', () => {
    const v = violation({ if: { minimum: 0 }, then: { maximum: 5 } }, 9, 'if');
    expect(violationMessage(i18n.getFixedT('en', 'tools'), v)).toBe('must match "then" schema');
    expect(violationMessage(i18n.getFixedT('zh-CN', 'tools'), v)).toBe('必须符合“then”模式');
  });

  it('a line: the JSON Pointer and the words; Ajv’s English for a keyword nobody translated', () => {
    const v = violation({ type: 'object', properties: { n: { type: 'integer' } } }, { n: 'x' }, 'type');
    expect(violationLine(i18n.getFixedT('en', 'tools'), v)).toBe('/n must be integer');
    expect(violationLine(i18n.getFixedT('zh-CN', 'tools'), v)).toBe('/n 类型必须是 integer');
    const odd: Violation = { path: '', message: 'must pass "x-odd" keyword validation', keyword: 'x-odd' };
    expect(violationLine(i18n.getFixedT('zh-CN', 'tools'), odd)).toBe(
      '/ must pass "x-odd" keyword validation',
    );
  });
});
