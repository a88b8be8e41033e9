import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { RULES, type Finding, type Fix } from '../../core/tools';
import { i18n } from '../../i18n';
import type { en } from '../../i18n/en';

type RuleId = keyof (typeof en)['tools']['rules'];

/**
 * The linter's findings in the UI's language: the core gives each finding a message id and values
 * (src/core/tools/lint-messages.ts); the `tools` catalogue words them. The core's English is the
 * fallback for an id the catalogue lacks.
 */
export function lintWords(t: TFunction<'tools'>) {
  return {
    message: (f: Finding): string => t(`lint.${f.messageKey}`, { ...f.params, defaultValue: f.message }),
    fixLabel: (fix: Fix): string => t(`fix.${fix.labelKey}`, { ...fix.labelParams, defaultValue: fix.label }),
    rule: (rule: string): string => t(`rules.${rule as RuleId}`, { defaultValue: RULES[rule] ?? rule }),
  };
}

/** `lintWords` in a component: re-words on a language change. */
export function useLintWords() {
  return lintWords(useTranslation('tools').t);
}

/** A finding's message in the current language, outside React (editor markers, say). */
export function findingMessage(f: Finding): string {
  return lintWords(i18n.getFixedT(null, 'tools')).message(f);
}
