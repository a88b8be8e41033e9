import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOverrides, requestProblem, type ColumnProblem } from '../../core/compare';
import { i18n, initI18n } from '../../i18n';
import { columnProblemText } from './problem-text';

const problem = (text: string): ColumnProblem => {
  const parsed = parseOverrides(text);
  if (parsed.ok) throw new Error('expected a problem');
  return parsed.error;
};

describe('a column’s problems, worded', () => {
  beforeAll(() => {
    initI18n('en');
  });
  afterAll(async () => {
    await i18n.changeLanguage('en');
  });

  it('in English', () => {
    expect(columnProblemText(problem('[1]'))).toBe(
      'the overrides must be a JSON object, e.g. {"temperature": 0.2}.',
    );
    expect(columnProblemText(requestProblem({ line: 2, column: 5, message: 'Expected ","' }))).toBe(
      'the request JSON is invalid at line 2, column 5: Expected ","',
    );
  });

  it('in Chinese, with the example and the place kept', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(columnProblemText(problem('[1]'))).toBe(
      '参数覆盖必须是一个 JSON 对象，例如 {"temperature": 0.2}。',
    );
    expect(columnProblemText(problem('x'.repeat(20_001)))).toBe('参数覆盖太长（最多 20000 个字符）。');
    expect(columnProblemText(requestProblem({ line: 2, column: 5, message: 'x' }))).toBe(
      '请求 JSON 在第 2 行第 5 列无效：x',
    );
  });
});
