import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { viewWith } from '../../core/history/testing';
import { useConnectionStore } from '../../state/connection';
import { useRunStore, type SentRequest } from '../../state/run';
import { useWorkspaceStore } from '../../state/workspace';
import { ToolOutputsForm } from './tool-outputs-form';
import { useThreadStore } from './thread-store';

const call = (callId: string, name: string, args: string) => ({
  type: 'function_call',
  call_id: callId,
  name,
  arguments: args,
  status: 'completed',
});
const view = viewWith([call('call_1', 'get_weather', '{"city":"Paris"}'), call('call_2', 'get_time', '{}')], {
  responseId: 'resp_1',
});

describe('ToolOutputsForm (component)', () => {
  let sent: SentRequest[];
  beforeEach(() => {
    sent = [];
    // The network stays out: the form's Send reaches the run store, which records what it got.
    useRunStore.setState({ send: vi.fn((request: SentRequest) => void sent.push(request)) });
    useWorkspaceStore.getState().setRequestText('{"model":"gpt-4.1","input":"hi","tools":[]}');
    useConnectionStore.getState().setBaseUrl('https://relay.example/v1');
    useThreadStore.setState({ drafts: {}, fixtures: {}, sendError: undefined });
  });

  it('has one labelled editor per call, and checks what is typed', async () => {
    const user = userEvent.setup();
    render(<ToolOutputsForm view={view} running={false} />);
    expect(screen.getByRole('heading', { name: /Tool outputs \(2 calls of resp_1\)/ })).toBeTruthy();
    const weather = screen.getByRole('textbox', { name: 'Output for call_1' });
    await user.type(weather, '{{"temp": 21');
    expect(screen.getByText(/not valid JSON/)).toBeTruthy();
    await user.type(weather, '}');
    expect(screen.getByText('valid JSON')).toBeTruthy();
  });

  it('answers every call in one request that continues the response', async () => {
    const user = userEvent.setup();
    render(<ToolOutputsForm view={view} running={false} />);
    await user.type(screen.getByRole('textbox', { name: 'Output for call_1' }), 'sunny');
    await user.click(screen.getByRole('button', { name: 'Send tool outputs' }));
    expect(sent).toHaveLength(1);
    const body = JSON.parse(sent[0]!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      model: 'gpt-4.1',
      previous_response_id: 'resp_1',
      input: [
        { type: 'function_call_output', call_id: 'call_1', output: 'sunny' },
        { type: 'function_call_output', call_id: 'call_2', output: '' },
      ],
    });
    expect(sent[0]!.meta).toMatchObject({ kind: 'tool-outputs', mode: 'chain' });
    expect(useThreadStore.getState().sendError).toBeUndefined();
  });

  it('saves an answer as a fixture and fills it in for the next call of that tool', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ToolOutputsForm view={view} running={false} />);
    const fill = () => screen.getByRole<HTMLButtonElement>('button', { name: /Fill from fixtures/ });
    expect(fill().disabled).toBe(true);
    await user.type(screen.getByRole('textbox', { name: 'Output for call_2' }), '12:00');
    await user.click(screen.getByRole('button', { name: 'Save this answer as the get_time fixture' }));
    expect(useThreadStore.getState().fixtures).toEqual({ get_time: '12:00' });

    const next = viewWith([call('call_9', 'get_time', '{}')], { responseId: 'resp_2' });
    rerender(<ToolOutputsForm view={next} running={false} />);
    await user.click(fill());
    expect(screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Output for call_9' }).value).toBe(
      '12:00',
    );
  });

  it('does not send while a response is still arriving', () => {
    render(<ToolOutputsForm view={view} running />);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Send tool outputs' }).disabled).toBe(true);
  });
});
