import type { TFunction } from 'i18next';
import type { ErrorText, RunError } from '../../core/response/types';

/**
 * A RunError's message and hint in the UI language: our own sentences by their id (the core keeps
 * the English as the fallback); a server's own message (e.g. `当前分组上游负载已饱和`) as it came.
 */
export function runErrorText(t: TFunction<'errors'>, error: RunError): { message: string; hint?: string } {
  const hint = error.hint === undefined ? undefined : errorText(t, error.hintText, error.hint);
  return {
    message: errorText(t, error.text, error.message),
    ...(hint === undefined ? {} : { hint }),
  };
}

/**
 * One of our RunError sentences (`errors:text.<id>`) in the UI language, `english` when there is
 * none (a server's own words) or its id is unknown; inner sentences (`nested`) worded first.
 */
export function errorText(t: TFunction<'errors'>, text: ErrorText | undefined, english: string): string {
  if (!isErrorText(text)) return english;
  // The id comes from the core at run time; an unknown one falls back to the English.
  return t(`text.${text.id}` as 'text.offline', { ...wordedParams(t, text), defaultValue: english });
}

/**
 * The values of a sentence with those that are our own sentences (`nested`, from a stored view or
 * card: checked before use) worded in the UI language; the others as they came.
 */
export function wordedParams(t: TFunction<'errors'>, text: ErrorText): Record<string, string | number> {
  const params: Record<string, string | number> = { ...text.params };
  if (typeof text.nested !== 'object' || text.nested === null) return params;
  for (const [name, inner] of Object.entries(text.nested))
    params[name] = errorText(t, inner, String(params[name] ?? ''));
  return params;
}

/** Views and cards come back from storage: check the shape before trusting an id. */
function isErrorText(value: unknown): value is ErrorText {
  if (typeof value !== 'object' || value === null) return false;
  const { id, params } = value as { id?: unknown; params?: unknown };
  if (typeof id !== 'string') return false;
  return (
    params === undefined ||
    (typeof params === 'object' &&
      params !== null &&
      Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number'))
  );
}
