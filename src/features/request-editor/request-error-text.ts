import { i18n } from '../../i18n';
import type { RequestTextError } from '../../core/request/parse-request';

/** A parse error's message in the UI language (the core gives its id and values, not prose). */
export function requestErrorText(error: Pick<RequestTextError, 'messageKey' | 'params'>): string {
  // One literal for the typed t(): a union of keys (each with its own values) selects no overload.
  const key = `editor:parse.${error.messageKey}` as 'editor:parse.tooDeep';
  return i18n.t(key, { depth: '', ...error.params });
}
