import { removeRequestField, setRequestField } from '../../request/edit-request';
import type { TestInput } from './types';

/**
 * The request a test sends: the editor's request text with `input` set to the test's input (and
 * `model` to `model` when given, for a Compare column or `--model`). Everything else stays as the
 * user wrote it, byte for byte, except `previous_response_id` and `conversation`, which are dropped:
 * each test starts a conversation of its own instead of continuing the editor's.
 *
 * `requestText` must be a valid request (the caller parsed it); otherwise it is returned unchanged.
 */
export function testRequestText(requestText: string, input: TestInput, model?: string): string {
  let text = setRequestField(requestText, ['input'], input);
  if (model !== undefined && model !== '') text = setRequestField(text, ['model'], model);
  text = removeRequestField(text, ['previous_response_id']);
  return removeRequestField(text, ['conversation']);
}
