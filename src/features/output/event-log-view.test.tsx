import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventLog } from '../../core/response/event-log';
import { EventLogView } from './event-log-view';

// jsdom lays nothing out: give the scrolling list a height so the virtualizer draws rows.
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', { configurable: true, get: () => 600 });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 800 });
});
afterAll(() => {
  delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  delete (HTMLElement.prototype as { clientWidth?: number }).clientWidth;
});

function sampleLog(): EventLog {
  const log = new EventLog();
  const add = (seq: number, event: Record<string, unknown>) =>
    log.append(
      1000 + seq * 10,
      event.type as string,
      JSON.stringify({ ...event, sequence_number: seq }),
      seq,
    );
  add(0, { type: 'response.created', response: { id: 'resp_1', status: 'in_progress' } });
  add(1, { type: 'response.output_text.delta', item_id: 'msg_1', delta: 'Hel' });
  add(2, { type: 'response.output_text.delta', item_id: 'msg_1', delta: 'lo' });
  add(3, { type: 'response.completed', response: { id: 'resp_1', status: 'completed' } });
  return log;
}

describe('EventLogView (component)', () => {
  it('shows labelled fields per row and narrows by type and by text', async () => {
    const user = userEvent.setup();
    render(<EventLogView log={sampleLog()} count={4} startedAt={1000} />);
    const list = screen.getByRole('list', { name: 'Raw events' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    const delta = within(list).getAllByRole('listitem')[1]!;
    expect(delta.textContent).toContain('seq 1');
    expect(delta.textContent).toContain('+10 ms');
    expect(delta.textContent).toContain('delta: "Hel"');
    expect(delta.textContent).toContain('item_id: "msg_1"');

    await user.selectOptions(screen.getByLabelText('Event type'), 'response.output_text.delta');
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('2 of 4 events')).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Event type'), '');
    await user.type(screen.getByLabelText('Search events'), 'completed');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toContain('response.completed');
  });

  it('opens one event in full from a row (Enter), and copies it', async () => {
    const user = userEvent.setup();
    render(<EventLogView log={sampleLog()} count={4} startedAt={1000} />);
    const rows = within(screen.getByRole('list', { name: 'Raw events' })).getAllByRole('button');
    rows[3]!.focus();
    await user.keyboard('{Enter}');
    const detail = screen.getByRole('region', { name: 'Event detail' });
    expect(detail.textContent).toContain('sequence_number3');
    expect(within(detail).getByLabelText('Selected event').textContent).toContain(
      '"type": "response.completed"',
    );
    await user.click(within(detail).getByRole('button', { name: 'Copy event' }));
    expect(within(detail).getByText('Copied')).toBeTruthy();
    const copied = JSON.parse(await navigator.clipboard.readText()) as { sequence_number: number };
    expect(copied.sequence_number).toBe(3);

    await user.click(within(detail).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('region', { name: 'Event detail' })).toBeNull();
  });
});
