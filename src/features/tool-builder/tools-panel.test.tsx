import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { useWorkspaceStore } from '../../state/workspace';
import { ToolsPanel } from './tools-panel';

const fn = (name: string, properties: Record<string, unknown> = {}) => ({
  type: 'function',
  name,
  parameters: { type: 'object', properties, required: Object.keys(properties), additionalProperties: false },
  strict: true,
});

function setRequest(body: unknown): void {
  useWorkspaceStore.getState().setRequestText(JSON.stringify(body, null, 2));
}
const request = () => JSON.parse(useWorkspaceStore.getState().requestText) as { tools: { name: string }[] };

describe('ToolsPanel (component)', () => {
  beforeEach(() => {
    setRequest({ model: 'm', input: 'hi', tools: [fn('first', { city: { type: 'string' } }), fn('second')] });
  });

  it('shows each tool of Request JSON as a card', () => {
    render(<ToolsPanel />);
    const names = screen.getAllByRole('textbox', { name: 'Function name' });
    expect(names.map((n) => (n as HTMLInputElement).value)).toEqual(['first', 'second']);
    const first = screen.getByRole('listitem', { name: 'Function first' });
    expect(within(first).getByRole('listitem', { name: 'Parameter city' })).toBeTruthy();
  });

  it('writes an edit back into Request JSON, keeping the rest', async () => {
    const user = userEvent.setup();
    render(<ToolsPanel />);
    const name = screen.getAllByRole('textbox', { name: 'Function name' })[0]!;
    await user.clear(name);
    await user.type(name, 'renamed');
    expect(request().tools.map((t) => t.name)).toEqual(['renamed', 'second']);
    expect(request()).toMatchObject({ model: 'm', input: 'hi' });
  });

  it('reorders by keyboard from the handle, which keeps the focus', async () => {
    const user = userEvent.setup();
    render(<ToolsPanel />);
    const handle = screen.getByRole('button', { name: 'Move function first' });
    handle.focus();
    await user.keyboard('{ArrowDown}');
    expect(request().tools.map((t) => t.name)).toEqual(['second', 'first']);
    // Focus comes back on the next frame (the row's DOM node moved).
    await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move function first' }));
    expect(screen.getByText('Moved function first to position 2 of 2.')).toBeTruthy();
    await user.keyboard('{Home}');
    expect(request().tools.map((t) => t.name)).toEqual(['first', 'second']);
  });

  it('adds, duplicates and deletes tools', async () => {
    const user = userEvent.setup();
    render(<ToolsPanel />);
    await user.click(screen.getByRole('button', { name: 'Add function' }));
    expect(request().tools).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Duplicate function first' }));
    expect(
      request()
        .tools.map((t) => t.name)
        .slice(0, 2),
    ).toEqual(['first', 'first_copy']);
    await user.click(screen.getByRole('button', { name: 'Delete function second' }));
    expect(request().tools.map((t) => t.name)).not.toContain('second');
  });

  it('turns read-only while Request JSON does not parse, and keeps the last tools', () => {
    render(<ToolsPanel />);
    act(() => useWorkspaceStore.getState().setRequestText('{ "tools": ['));
    expect(screen.getByText(/Request JSON is not valid right now/)).toBeTruthy();
    expect(screen.getAllByRole('textbox', { name: 'Function name' })).toHaveLength(2);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Add function' }).disabled).toBe(true);
  });
});
