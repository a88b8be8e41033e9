/** Tool tests: does the model call the right functions with valid arguments, reliably? (issue 18) */
export * from './types';
export { subsetMismatch, type SubsetMismatch } from './subset';
export { judgeRun } from './judge';
export { fillTemplate } from '../../template';
export { summarizeRuns, passRate, rowReason, runFigures } from './summary';
export {
  reasonMessage,
  violationText,
  catalogueTranslate,
  rowWhyText,
  type ReasonKey,
  type ReasonMessage,
  type Translate,
  type ViolationLine,
} from './reason-message';
export { toolSetHash, canonicalJson } from './tool-set-hash';
export { testRequestText } from './test-request';
export {
  runToolTests,
  pool,
  type SendOnce,
  type TestTarget,
  type MatrixResults,
  type RunToolTestsOptions,
} from './run-tests';
export { endpointSender, outcomeOf } from './send-once';
export {
  TOOL_TEST_LIMITS,
  newTestId,
  readToolTestProblems,
  readToolTests,
  toolTestsToJson,
} from './test-file';
export { testFileProblemText, type TestFileProblem, type TestFileProblemKey } from './test-file-problems';
export * from './versions';
export {
  draftToTest,
  draftsToTests,
  emptyDraft,
  expectedNames,
  testToDraft,
  type DraftProblem,
  type ToolTestDraft,
} from './draft';
