import { useId, useState } from 'react';
import { InlineCode } from '../../components/ui/inline-code';
import { i18n } from '../../i18n';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Parses JSON; an empty text is `undefined` (the field is removed). */
export function parseOptionalJson(text: string): Parsed<unknown> {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : i18n.t('tools:node.invalidJson') };
  }
}

/** Parses a JSON object (the raw keyword editors). */
export function parseJsonObject(text: string): Parsed<Record<string, unknown>> {
  const r = parseOptionalJson(text === '' ? '{}' : text);
  if (!r.ok) return r;
  if (typeof r.value !== 'object' || r.value === null || Array.isArray(r.value))
    return { ok: false, error: i18n.t('tools:node.expectedObject') };
  return { ok: true, value: r.value as Record<string, unknown> };
}

interface Props<T> {
  label: string;
  value: unknown;
  parse: (text: string) => Parsed<T>;
  onCommit: (value: T) => void;
  format?: (value: unknown) => string;
  rows?: number;
  disabled?: boolean;
  placeholder?: string;
  hint?: string;
}

/**
 * A text field holding JSON (or another syntax via `parse`). What the user types stays as typed
 * while the field has focus; each valid text is committed at once, an invalid one shows why and
 * changes nothing.
 */
export function JsonField<T>({
  label,
  value,
  parse,
  onCommit,
  format,
  rows = 1,
  disabled,
  placeholder,
  hint,
}: Props<T>) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const show =
    format ?? ((v: unknown) => (v === undefined ? '' : JSON.stringify(v, null, rows > 1 ? 2 : undefined)));
  const text = draft ?? show(value);
  const parsed = draft === null ? undefined : parse(draft);
  const error = parsed && !parsed.ok ? parsed.error : undefined;
  const common = {
    id,
    'aria-label': label,
    'aria-invalid': error !== undefined,
    'aria-describedby': error || hint ? `${id}-note` : undefined,
    value: text,
    disabled,
    placeholder,
    className: `w-full rounded border px-2 py-1 font-mono text-xs ${error ? 'border-danger' : 'border-line'}`,
    onChange: (e: { target: { value: string } }) => {
      setDraft(e.target.value);
      const r = parse(e.target.value);
      if (r.ok) onCommit(r.value);
    },
    onBlur: () => {
      if (!error) setDraft(null);
    },
  };
  return (
    <div className="min-w-0 flex-1">
      {rows > 1 ? (
        <textarea rows={rows} spellCheck={false} {...common} />
      ) : (
        <input type="text" spellCheck={false} {...common} />
      )}
      {(error ?? hint) && (
        <p id={`${id}-note`} className={`text-xs ${error ? 'text-danger' : 'text-ink-muted'}`}>
          <InlineCode text={error ?? hint ?? ''} />
        </p>
      )}
    </div>
  );
}
