import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useConnectionStore } from '../../state/connection';
import { useWorkspaceStore } from '../../state/workspace';
import { ModelPicker } from './model-picker';

const model = () => (JSON.parse(useWorkspaceStore.getState().requestText) as { model: string }).model;

function renderPicker() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ModelPicker />
    </QueryClientProvider>,
  );
}

describe('ModelPicker (component)', () => {
  let requested: string[];
  beforeEach(() => {
    requested = [];
    vi.stubGlobal(
      'fetch',
      vi.fn((url: string) => {
        requested.push(url);
        return Promise.resolve(
          Response.json({ data: [{ id: 'gpt-4.1' }, { id: 'gpt-4o' }, { id: 'o4-mini' }] }),
        );
      }),
    );
    useConnectionStore.getState().setBaseUrl('https://relay.example/v1');
    useWorkspaceStore.getState().setRequestText('{\n  "model": "gpt-4.1",\n  "input": "hi"\n}');
  });
  afterEach(() => vi.unstubAllGlobals());

  it('is a combobox named Model showing the request model; the list loads once it is used', async () => {
    const user = userEvent.setup();
    renderPicker();
    const input = screen.getByRole('combobox', { name: 'Model' });
    expect((input as HTMLInputElement).value).toBe('gpt-4.1');
    expect(requested).toEqual([]);
    await user.click(input);
    const list = await screen.findByRole('listbox', { name: 'Models' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['gpt-4.1', 'gpt-4o', 'o4-mini']);
    expect(requested).toEqual(['https://relay.example/v1/models']);
    expect(screen.getByText('3 models on this endpoint')).toBeTruthy();
  });

  it('picks with a click or the keyboard, and writes model into Request JSON', async () => {
    const user = userEvent.setup();
    renderPicker();
    const input = screen.getByRole('combobox', { name: 'Model' });
    await user.click(input);
    await user.click(await screen.findByRole('option', { name: 'o4-mini' }));
    expect(model()).toBe('o4-mini');
    expect(useWorkspaceStore.getState().requestText).toBe('{\n  "model": "o4-mini",\n  "input": "hi"\n}');

    await user.tab(); // away (to Refresh models) and back
    await user.click(input);
    await screen.findByRole('listbox', { name: 'Models' });
    // The keyboard moves through the list from the top; the typing focus stays in the field.
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(input);
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active()?.textContent).toBe('gpt-4.1');
    await user.keyboard('{ArrowDown}');
    expect(active()?.textContent).toBe('gpt-4o');
    await user.keyboard('{Enter}');
    expect(model()).toBe('gpt-4o');
  });

  it('takes free text, and filters the list by it', async () => {
    const user = userEvent.setup();
    renderPicker();
    const input = screen.getByRole('combobox', { name: 'Model' });
    await user.clear(input);
    await user.type(input, '4o');
    expect(model()).toBe('4o');
    const list = await screen.findByRole('listbox', { name: 'Models' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['gpt-4o']);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox', { name: 'Models' })).toBeNull();
    expect(model()).toBe('4o');
  });

  it('is read-only while Request JSON does not parse', () => {
    useWorkspaceStore.getState().setRequestText('{ "model": ');
    renderPicker();
    expect(screen.getByRole<HTMLInputElement>('combobox', { name: 'Model' }).disabled).toBe(true);
  });
});
