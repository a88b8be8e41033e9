import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Violation } from '../../core/tools/validate';
import type { en } from '../../i18n/en';

type KnownKeyword = keyof (typeof en)['tools']['check']['keyword'];

/**
 * A schema violation in the UI language: ours by Ajv's keyword (`tools:check.keyword.*`, with Ajv's
 * params), Ajv's own English for a keyword the catalogue does not know or a violation without params.
 */
export function violationMessage(t: TFunction<'tools'>, v: Violation): string {
  // Without Ajv's params (a result stored by an older version) its English is all there is.
  const params = v.params;
  if (params === undefined) return v.message;
  // Ajv words `dependencies` by how many properties are missing.
  const count = v.keyword === 'dependencies' ? { count: Number(params.depsCount ?? 1) } : {};
  return t(`check.keyword.${v.keyword as KnownKeyword}`, { ...params, ...count, defaultValue: v.message });
}

/** `/city must be string`: the violation after its JSON Pointer (`/` is the value itself). */
export function violationLine(t: TFunction<'tools'>, v: Violation): string {
  return `${v.path || '/'} ${violationMessage(t, v)}`;
}

/** {@link violationLine} in the UI language, for tables that list violations (tool tests, Compare). */
export function useViolationLine(): (v: Violation) => string {
  const { t } = useTranslation('tools');
  return (v) => violationLine(t, v);
}
