import { create } from 'zustand';
import type { Finding } from '../../core/tools';

/**
 * Send's check for strict-mode errors: a request whose tools or schemas OpenAI would reject is not
 * sent silently. The first Send asks (Send anyway / Fix); after "Send anyway" the same set of errors
 * is not asked about again, until the errors change.
 */
interface StrictSendState {
  /** The send waiting for an answer, with the errors it was asked about. */
  pending?: { errors: Finding[]; key: string; send: () => void };
  /** The set of errors the user chose to send anyway. */
  acknowledged?: string;
}

export const useStrictSend = create<StrictSendState>()(() => ({}));

/**
 * What identifies a set of errors: each error's rule, place and words, in any order. Editing
 * elsewhere in the request keeps the key; fixing, adding or changing an error changes it.
 */
export function strictErrorsKey(errors: readonly Finding[]): string {
  return errors
    .map((f) => `${f.rule} ${f.pointer} ${f.message}`)
    .sort()
    .join('\n');
}

/** Whether Send must ask before sending with these errors. */
export function mustAsk(errors: readonly Finding[], acknowledged: string | undefined): boolean {
  return errors.length > 0 && strictErrorsKey(errors) !== acknowledged;
}

/**
 * Sends at once when there is nothing to ask (no errors, or the same errors the user already chose
 * to send anyway); otherwise holds the send until the user answers. Returns whether it sent.
 */
export function guardStrictSend(findings: readonly Finding[], send: () => void): boolean {
  const errors = findings.filter((f) => f.severity === 'error');
  if (!mustAsk(errors, useStrictSend.getState().acknowledged)) {
    send();
    return true;
  }
  useStrictSend.setState({ pending: { errors, key: strictErrorsKey(errors), send } });
  return false;
}

/** "Send anyway": sends the held request and remembers this set of errors. */
export function sendAnyway(): void {
  const { pending } = useStrictSend.getState();
  if (!pending) return;
  useStrictSend.setState({ pending: undefined, acknowledged: pending.key });
  pending.send();
}

/** "Fix" or closing the dialog: drops the held send. Returns the errors it was about. */
export function dropPendingSend(): Finding[] {
  const errors = useStrictSend.getState().pending?.errors ?? [];
  useStrictSend.setState({ pending: undefined });
  return errors;
}
