import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useConnectionStore } from '../../state/connection';
import { ApiKeyField, KeyNotKeptNotice } from './api-key-field';

function KeyArea() {
  const keyInput = useRef<HTMLInputElement>(null);
  return (
    <>
      <ApiKeyField describedBy="note" isDemo={false} inputRef={keyInput} />
      <KeyNotKeptNotice keyInput={keyInput} />
    </>
  );
}

describe('API key field (component)', () => {
  beforeEach(() => {
    useConnectionStore.setState({ rememberKeys: false, keysInUse: [] });
    useConnectionStore.getState().setBaseUrl('https://keys.example/v1');
    useConnectionStore.getState().setApiKey('');
  });

  it('is a password input until "Show key" is pressed, and hides again', async () => {
    const user = userEvent.setup();
    render(<KeyArea />);
    const field = screen.getByLabelText('API key');
    await user.type(field, 'sk-typed');
    expect(field).toHaveProperty('type', 'password');
    const show = screen.getByRole('button', { name: 'Show key' });
    expect(show.getAttribute('aria-pressed')).toBe('false');
    await user.click(show);
    expect(field).toHaveProperty('type', 'text');
    expect(field).toHaveProperty('value', 'sk-typed');
    const hide = screen.getByRole('button', { name: 'Hide key' });
    expect(hide.getAttribute('aria-pressed')).toBe('true');
    await user.click(hide);
    expect(field).toHaveProperty('type', 'password');
  });

  it('after a reload without the opt-in: says the key was not kept, and remembering focuses the field', async () => {
    const user = userEvent.setup();
    const { keyScope } = await import('../../state/connection');
    const state = useConnectionStore.getState();
    useConnectionStore.setState({ keysInUse: [`${state.activeProfileId} ${keyScope(state.baseUrl)}`] });
    render(<KeyArea />);
    expect(screen.getByText(/was not kept after the reload/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Remember keys on this device' }));
    expect(useConnectionStore.getState().rememberKeys).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('API key'));
    expect(screen.queryByText(/was not kept after the reload/)).toBeNull();
  });

  it('shows no notice when no key was in use, and Dismiss hides it for good', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<KeyArea />);
    expect(screen.queryByText(/was not kept/)).toBeNull();
    const state = useConnectionStore.getState();
    const { keyScope } = await import('../../state/connection');
    useConnectionStore.setState({ keysInUse: [`${state.activeProfileId} ${keyScope(state.baseUrl)}`] });
    rerender(<KeyArea />);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/was not kept/)).toBeNull();
    expect(useConnectionStore.getState().rememberKeys).toBe(false);
  });
});
