import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { HISTORY_VERSION } from '../../core/history';
import { entry, viewWith } from '../../core/history/testing';
import { initialView } from '../../core/response/reduce';
import { useRunStore } from '../../state/run';
import { HistoryPanel } from './history-panel';
import { cacheBody, forgetBodies, setEntries, useHistoryStore } from './history-store';

const message = (text: string) => ({
  type: 'message',
  role: 'assistant',
  content: [{ type: 'output_text', text }],
});

function seed(): void {
  setEntries([
    entry('h1', {
      createdAt: 1000,
      responseId: 'resp_1',
      inputPreview: 'Name three rivers',
      outputPreview: 'Nile…',
    }),
    entry('h2', {
      createdAt: 2000,
      responseId: 'resp_2',
      parentId: 'h1',
      previousResponseId: 'resp_1',
      inputPreview: 'And lakes?',
      status: 'failed',
      errorMessage: 'HTTP 500',
    }),
  ]);
  cacheBody({
    v: HISTORY_VERSION,
    id: 'h1',
    requestText: '{"model":"m","input":"Name three rivers"}',
    turnInput: [],
    view: viewWith([message('Nile, Amazon, Yangtze')], { responseId: 'resp_1' }),
  });
}

describe('HistoryPanel (component)', () => {
  // The entry list is virtualized: it draws the rows that fit its box, and jsdom has no layout
  // (every box is 0 × 0). Give elements a box, as a browser would.
  beforeAll(() => {
    vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(400);
    vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(300);
  });
  afterAll(() => vi.restoreAllMocks());

  beforeEach(() => {
    forgetBodies();
    useHistoryStore.setState({
      entries: {},
      selectedId: undefined,
      shownId: undefined,
      liveId: undefined,
      loaded: true,
    });
    useRunStore.setState({ view: initialView(), runId: undefined });
    seed();
  });

  it('lists the entries newest first, with their status', () => {
    render(<HistoryPanel />);
    const region = screen.getByRole('region', { name: 'History' });
    expect(within(region).getByText('2 entries')).toBeTruthy();
    const list = within(region).getByRole('list', { name: 'History entries' });
    const items = within(list).getAllByRole('button');
    expect(items.map((b) => b.textContent)).toEqual([
      expect.stringContaining('resp_2'),
      expect.stringContaining('resp_1'),
    ]);
    expect(items[0]!.textContent).toContain('failed');
  });

  it('selecting an entry shows its recorded response in Output and its details', async () => {
    const user = userEvent.setup();
    render(<HistoryPanel />);
    await user.click(screen.getByRole('button', { name: /resp_1/ }));
    expect(useRunStore.getState().view.responseId).toBe('resp_1');
    expect(screen.getByRole('button', { name: /resp_1/, pressed: true })).toBeTruthy();
    const details = screen.getByRole('group', { name: 'Selected entry' });
    expect(within(details).getByText('resp_1')).toBeTruthy();
  });

  it('says so when an entry has nothing stored to show', async () => {
    const user = userEvent.setup();
    render(<HistoryPanel />);
    await user.click(screen.getByRole('button', { name: /resp_2/ }));
    expect(await screen.findByText(/Nothing was received for this entry/)).toBeTruthy();
  });

  it('shows the tree and the thread of the selection in their tabs', async () => {
    const user = userEvent.setup();
    render(<HistoryPanel />);
    await user.click(screen.getByRole('tab', { name: 'Tree' }));
    expect(screen.getByRole('tab', { name: 'Tree', selected: true })).toBeTruthy();
    const tree = screen.getByRole('list', { name: 'History tree' });
    expect(
      within(tree)
        .getAllByRole('button')
        .map((b) => b.textContent)[0],
    ).toContain('resp_1');
    await user.keyboard('{ArrowRight}'); // tabs follow the arrow keys
    const thread = screen.getByRole('list', { name: 'Thread' });
    expect(within(thread).getByText('Turn 1')).toBeTruthy();
    expect(within(thread).getByText('Turn 2')).toBeTruthy();
  });

  it('renames, and deletes a branch after confirmation', async () => {
    const user = userEvent.setup();
    render(<HistoryPanel />);
    await user.click(screen.getByRole('button', { name: /resp_1/ }));
    const details = screen.getByRole('group', { name: 'Selected entry' });
    await user.click(within(details).getByRole('button', { name: 'Rename' }));
    await user.type(within(details).getByRole('textbox', { name: 'Entry name' }), 'Rivers');
    await user.click(within(details).getByRole('button', { name: 'Save name' }));
    expect(useHistoryStore.getState().entries.h1?.title).toBe('Rivers');

    await user.click(within(details).getByRole('button', { name: 'Delete' }));
    await user.click(within(details).getByRole('button', { name: 'Delete it and 1 reply' }));
    expect(useHistoryStore.getState().entries).toEqual({});
    expect(screen.getByText('Responses you send are kept here, across reloads.')).toBeTruthy();
  });

  it('reports a full storage quota as an alert with a way out', () => {
    render(<HistoryPanel />);
    act(() =>
      useHistoryStore.setState({ persist: { state: 'quota', pending: 2, message: 'QuotaExceededError' } }),
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Browser storage is full');
    expect(alert.textContent).toContain('2 changes are kept in this tab only');
    expect(within(alert).getByRole('button', { name: 'Export history now' })).toBeTruthy();
  });
});
