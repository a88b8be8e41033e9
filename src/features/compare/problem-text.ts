import type { ColumnProblem } from '../../core/compare';
import { i18n } from '../../i18n';

/** Code in a message, the same in every language. */
const OVERRIDES_EXAMPLE = '{"temperature": 0.2}';

/** Why a column's body cannot be built, in the UI's language. */
export function columnProblemText(problem: ColumnProblem): string {
  return i18n.t(`compare:problem.${problem.key}`, { example: OVERRIDES_EXAMPLE, ...problem.values });
}
