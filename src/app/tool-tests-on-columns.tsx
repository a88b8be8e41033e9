import { useColumnRunTargets } from '../features/compare';
import { ToolTestsPanel } from '../features/tool-tests';

/** Tool tests with the open Compare columns offered for the test × column matrix. */
export function ToolTestsOnColumns() {
  return <ToolTestsPanel columns={useColumnRunTargets()} />;
}
