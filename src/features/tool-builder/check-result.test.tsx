import { act, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { validateJsonText } from '../../core/tools/validate';
import { i18n } from '../../i18n';
import { CheckResultView } from './check-result';

const schema = {
  type: 'object',
  properties: { n: { type: 'integer' }, unit: { enum: ['C', 'F'] } },
  required: ['n', 'unit'],
  additionalProperties: false,
};
const result = validateJsonText(schema, '{"n": "three", "extra": 1}');

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('CheckResultView', () => {
  it('lists violations in Ajv’s English', () => {
    render(<CheckResultView label="Argument check of f" result={result} subject="Arguments" />);
    expect(screen.getByText('✗ Arguments: 3 schema violations')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'Argument check of f: violations' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      '(root) missing required property "unit"',
      '(root) unexpected property "extra"',
      '/n must be integer',
    ]);
  });

  it('words verdict and violations in Chinese, with Ajv’s values', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    render(<CheckResultView label="f 的参数检查" result={result} subject="参数" />);
    expect(screen.getByText('✗ 参数：3 处不符合模式')).toBeTruthy();
    const list = screen.getByRole('list', { name: 'f 的参数检查：不符合之处' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['（根） 缺少必填属性“unit”', '（根） 多余的属性“extra”', '/n 类型必须是 integer']);
  });
});
