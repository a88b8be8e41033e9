/** Tool tests (issue 18): the panel; Compare passes its columns as `columns` for the matrix. */
export { ToolTestsPanel } from './tool-tests-panel';
export type { TestColumn } from './start-run';
