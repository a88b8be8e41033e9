import type { TFunction } from 'i18next';
import { DOCTOR_MESSAGES, type DoctorCheck, type DoctorText } from '../../core/endpoints';
import { wordedParams } from '../output';

/**
 * A doctor check's result in the UI's language: the core gives each sentence as an id with values
 * (src/core/endpoints/doctor-messages.ts); the `doctor` catalogue words them. A card saved by an older
 * version (no `text`), or one whose stored text is not ours, shows its English `summary`. A probe's
 * failure that is one of our RunError sentences (`nested`) is worded through `tErrors`.
 */
export function doctorResult(
  t: TFunction<'doctor'>,
  check: DoctorCheck,
  tErrors?: TFunction<'errors'>,
): string {
  const text: unknown = check.text;
  if (!Array.isArray(text) || text.length === 0 || !text.every(isDoctorText)) return check.summary;
  return text
    .map((part) => {
      const params = tErrors ? wordedParams(tErrors, { id: part.key, ...part }) : part.params;
      return t(`results.${part.key}`, { ...params, defaultValue: DOCTOR_MESSAGES[part.key] });
    })
    .join(check.list ? t('listSeparator') : t('sentenceSeparator'));
}

/** Cards come back from storage: check the shape before trusting an id. */
function isDoctorText(value: unknown): value is DoctorText {
  if (typeof value !== 'object' || value === null) return false;
  const { key, params } = value as { key?: unknown; params?: unknown };
  if (typeof key !== 'string' || !Object.hasOwn(DOCTOR_MESSAGES, key)) return false;
  if (params === undefined) return true;
  return (
    typeof params === 'object' &&
    params !== null &&
    Object.values(params).every((v) => typeof v === 'string' || typeof v === 'number')
  );
}
