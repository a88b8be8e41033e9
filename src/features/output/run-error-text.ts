import type { TFunction } from 'i18next';
import type { ErrorText, RunError } from '../../core/response/types';

/**
 * A RunError's message and hint in the UI language: our own sentences by their id (the core keeps
 * the English as the fallback); a server's own message (e.g. `当前分组上游负载已饱和`) as it came.
 */
export function runErrorText(t: TFunction<'errors'>, error: RunError): { message: string; hint?: string } {
  const hint = error.hint === undefined ? undefined : translated(t, error.hintText, error.hint);
  return {
    message: translated(t, error.text, error.message),
    ...(hint === undefined ? {} : { hint }),
  };
}

function translated(t: TFunction<'errors'>, text: ErrorText | undefined, english: string): string {
  if (!text) return english;
  // The id comes from the core at run time; an unknown one falls back to the English.
  return t(`text.${text.id}` as 'text.offline', { ...text.params, defaultValue: english });
}
