import { useTranslation } from 'react-i18next';
import type { HostedField, HostedToolSpec } from '../../core/tools';
import type { en } from '../../i18n/en';
import { plain } from './plain-text';

type Hosted = (typeof en)['tools']['hosted'];
export type HostedType = keyof Hosted['types'];
type FieldId = keyof Hosted['fields'];
type HintId = keyof Hosted['hints'];

/** A form field's id in the catalogue: its path in the tool, joined by `_`. */
function fieldId(field: HostedField): string {
  return field.path.join('_');
}

/**
 * The hosted tools' names, field labels and hints in the UI's language (the core's specs hold the
 * English, used as the fallback).
 */
export function useHostedWords() {
  const { t } = useTranslation('tools');
  return {
    // Names go into accessible names and <option>s: no backticks.
    toolLabel: (spec: HostedToolSpec): string =>
      plain(t(`hosted.types.${spec.type as HostedType}`, { defaultValue: spec.label })),
    fieldLabel: (field: HostedField): string =>
      plain(t(`hosted.fields.${fieldId(field) as FieldId}`, { defaultValue: field.label })),
    fieldHint: (field: HostedField): string | undefined =>
      field.hint === undefined
        ? undefined
        : t(`hosted.hints.${fieldId(field) as HintId}`, { defaultValue: field.hint }),
  };
}
