import type { RequestTextError } from '../../core/request/parse-request';
import { i18n } from '../../i18n';
import { setRequestField } from '../../core/request/edit-request';
import type { JsonObject } from '../../core/response/types';
import type { Result } from '../../core/result';

/** What the Stream checkbox shows for a request text. */
export interface StreamState {
  checked: boolean;
  /** Why the checkbox cannot be used, when it cannot. */
  disabledReason?: string;
}

export function streamState(parsed: Result<JsonObject, RequestTextError>): StreamState {
  if (!parsed.ok) return { checked: false, disabledReason: i18n.t('editor:streamDisabled') };
  return { checked: parsed.value.stream === true };
}

/** Sets `"stream": true|false` in the text, keeping everything else as it is. */
export function withStream(text: string, on: boolean): string {
  return setRequestField(text, ['stream'], on);
}
