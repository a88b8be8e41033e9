import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import seedText from '../../../e2e/data/seed-parallel-tools.json?raw';
import { lintRequest, type Finding } from '../../core/tools';
import { i18n } from '../../i18n';
import { useWorkspaceStore } from '../../state/workspace';
import { LintList } from './lint-list';
import { findingMessage } from './lint-words';
import { SchemaMetersView } from './meters';
import { ToolsPanel } from './tools-panel';

const strictTool = (parameters: unknown) => ({
  model: 'gpt-4.1',
  input: 'hi',
  tools: [{ type: 'function', name: 'f', parameters, strict: true }],
});
/** One error (S03, with a fix) and one advice (S25 info, with params) on a strict tool. */
const findings: Finding[] = lintRequest(
  strictTool({
    type: 'object',
    properties: { unit: { type: 'string', default: null } },
    required: ['unit'],
  }),
);

afterEach(async () => {
  await act(() => i18n.changeLanguage('en'));
});

describe('LintList', () => {
  it('lists errors at once, and folds advice behind a summary that opens by keyboard', async () => {
    const user = userEvent.setup();
    render(<LintList findings={findings} label="Lint for f" onFix={vi.fn()} disabled={false} />);
    const errors = screen.getByRole('list', { name: 'Lint for f' });
    expect(within(errors).getAllByRole('listitem')).toHaveLength(1);
    expect(errors.textContent).toContain(
      "'additionalProperties' is required to be supplied and to be false (it is missing).",
    );
    expect(within(errors).getByRole('button', { name: 'Fix: Set additionalProperties: false' })).toBeTruthy();
    expect(screen.queryByText(/default: null is stripped/)).toBeNull();

    const toggle = screen.getByRole('button', { name: /1 note/ });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const advice = screen.getByRole('list', { name: 'Lint for f: advice' });
    expect(advice.textContent).toContain('default: null is stripped by the SDKs.');
  });

  it('words findings, fixes and rule titles in Chinese, with their values filled in', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    const named = lintRequest({
      model: 'm',
      tools: [
        { type: 'function', name: 'a', parameters: { type: 'object', properties: {} }, strict: false },
        { type: 'function', name: 'a', parameters: { type: 'object', properties: {} }, strict: false },
      ],
    });
    render(<LintList findings={named} label="检查" onFix={vi.fn()} disabled={false} />);
    const list = screen.getByRole('list', { name: '检查' });
    expect(list.textContent).toContain('已有另一个工具名为“a”。');
    expect(within(list).getByRole('button', { name: '修复：重命名' })).toBeTruthy();
    expect(within(list).getByText('T05').getAttribute('title')).toBe('工具名称必须唯一');
    expect(list.textContent).not.toMatch(/Another tool/);
    // Outside React too (the editor's markers).
    const duplicate = named.find((f) => f.rule === 'T05');
    expect(duplicate && findingMessage(duplicate)).toBe('已有另一个工具名为“a”。');
  });
});

describe('SchemaMetersView', () => {
  it('shows nothing far from every limit, and only the meters near one', () => {
    const small = { type: 'object', properties: { a: { type: 'string', enum: ['x', 'y'] } } };
    const { container } = render(<SchemaMetersView schema={small} label="Limits used by f" />);
    expect(container.textContent).toBe('');

    const values = Array.from({ length: 850 }, (_, i) => i);
    render(
      <SchemaMetersView
        schema={{ type: 'object', properties: { n: { type: 'integer', enum: values } } }}
        label="Limits used by g"
      />,
    );
    const group = screen.getByRole('group', { name: 'Limits used by g' });
    expect(group.textContent).toContain('Enum values');
    expect(group.textContent).toContain('850/1000');
    expect(group.textContent).not.toContain('Properties');
  });
});

describe('a tool from the relay docs’ seed', () => {
  it('shows a quiet card: no meters, no finding text, its warnings behind "5 warnings"', async () => {
    const user = userEvent.setup();
    useWorkspaceStore.getState().setRequestText(seedText);
    render(<ToolsPanel />);
    const card = screen.getByRole('listitem', { name: 'Function random_generator' });
    expect(within(card).queryByRole('group', { name: /^Limits used by/ })).toBeNull();
    expect(within(card).queryByRole('list', { name: 'Lint for random_generator' })).toBeNull();
    expect(within(card).queryByText(/strict is omitted/)).toBeNull();
    const fixAll = { name: 'Fix all for random_generator' };
    expect(within(card).queryByRole('button', fixAll)).toBeNull();
    const toggle = within(card).getByRole('button', { name: '5 warnings (Lint for random_generator)' });
    await user.click(toggle);
    const advice = within(card).getByRole('list', { name: 'Lint for random_generator: advice' });
    expect(within(advice).getAllByRole('listitem')).toHaveLength(5);
    // With no error to fix, "Fix all" comes with the advice.
    expect(within(card).getByRole('button', fixAll)).toBeTruthy();
  });
});

describe('the tool builder in Chinese', () => {
  it('names its controls and words its notes in Chinese, code and tool names aside', async () => {
    await act(() => i18n.changeLanguage('zh-CN'));
    useWorkspaceStore.getState().setRequestText(seedText);
    render(<ToolsPanel />);
    expect(screen.getByRole('button', { name: '添加函数' })).toBeTruthy();
    expect(screen.getAllByRole('textbox', { name: '函数名称' })).toHaveLength(4);
    expect(screen.getByRole('combobox', { name: '工具选择' })).toBeTruthy();
    const card = screen.getByRole('listitem', { name: '函数 random_generator' });
    expect(within(card).getByRole('button', { name: /5 个警告/ })).toBeTruthy();
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? ''),
    );
    const words = `${document.body.textContent ?? ''} ${labels.join(' ')}`;
    for (const english of [
      'Add function',
      'Function',
      'Parameter',
      'Required',
      'warning',
      'Import',
      'Tool choice',
    ])
      expect(words).not.toContain(english);
    // Backticked code renders as <code>, never as backticks.
    await userEvent.setup().click(within(card).getByRole('button', { name: /5 个警告/ }));
    const strictOmitted = within(card).getByText(/Responses 会尝试/);
    expect(strictOmitted.querySelector('code')?.textContent).toBe('strict');
    expect(document.body.textContent).not.toContain('`');
    expect(labels.join(' ')).not.toContain('`');
  });
});
