import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { narrowItem, type CallItem, type MessageItem } from '../../core/response/output-items';
import { FunctionCallCard } from './function-call-card';
import { MessageCard } from './message-card';

describe('copy buttons (component)', () => {
  it('copies the whole message text, as the model wrote it, and says so', async () => {
    const user = userEvent.setup();
    const item = narrowItem({
      type: 'message',
      role: 'assistant',
      content: [
        { type: 'output_text', text: '**Hello**', annotations: [] },
        { type: 'output_text', text: 'world', annotations: [] },
      ],
    }) as MessageItem;
    render(<MessageCard item={item} />);
    const card = screen.getByRole('article', { name: 'Assistant message' });
    await user.click(within(card).getByRole('button', { name: 'Copy text' }));
    expect(await navigator.clipboard.readText()).toBe('**Hello**\n\nworld');
    expect(within(card).getByText('Copied')).toBeTruthy();
  });

  it("copies a call's arguments exactly as received", async () => {
    const user = userEvent.setup();
    const args = '{"city":"Paris","days":2}';
    const item = narrowItem({
      type: 'function_call',
      name: 'get_weather',
      call_id: 'call_1',
      arguments: args,
    }) as CallItem;
    render(<FunctionCallCard item={item} done />);
    await user.click(screen.getByRole('button', { name: 'Copy arguments' }));
    expect(await navigator.clipboard.readText()).toBe(args);
  });
});
