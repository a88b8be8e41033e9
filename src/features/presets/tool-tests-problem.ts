import type { DraftProblem, Translate } from '../../core/tools/tool-tests';
import { i18n } from '../../i18n';

/** Why the tool tests cannot be saved or shared yet: "Tool test 2 cannot be saved yet: …". */
export function toolTestsProblem(index: number, problem: DraftProblem | undefined): string {
  // Keys composed from DraftProblem's typed union; i18next's types cannot check a union of keys.
  const t = i18n.getFixedT(null, 'toolTests') as unknown as Translate;
  const message = problem ? t(`problems.${problem.key}`, problem.values) : '';
  return t('problems.notSaved', { number: index + 1, message });
}
