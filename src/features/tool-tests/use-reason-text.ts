import { useTranslation } from 'react-i18next';
import {
  reasonMessage,
  rowWhyText,
  type FailReason,
  type TestResult,
  type Translate,
} from '../../core/tools/tool-tests';
import { useViolationLine } from '../tool-builder';

/**
 * `t` of the toolTests namespace for keys composed at run time (`reason.${key}`, `problems.${key}`):
 * every part comes from a typed union whose members are all in the catalogue, but i18next's types
 * cannot check a union of keys, hence one cast here instead of one per call.
 */
export function useToolTestsT(): Translate {
  const { t } = useTranslation('toolTests');
  return (key, values) => t(key as 'stoppedEarly', values);
}

/** Words a failed run's reason and a row's one-line "why", in the UI language. */
export function useReasonText() {
  const translate = useToolTestsT();
  const line = useViolationLine();
  return {
    reason: (r: FailReason): string => {
      const { key, values } = reasonMessage(r, line);
      return translate(`reason.${key}`, values);
    },
    why: (result: TestResult): string => rowWhyText(result, translate, line),
  };
}
