import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { create } from 'zustand';
import type { ToolTest } from '../../core/tools/tool-tests';
import { selectToolTests, useToolTestsStore } from '../../state/tool-tests';
import { toolTestsProblem } from './tool-tests-problem';

/** Whether Share puts the tool tests in the link (on by default; the choice lasts for the page). */
const useIncludeTests = create<{ on: boolean }>()(() => ({ on: true }));

/** The tests a link carries, a key that changes with them, or why they cannot go in yet. */
export function useSharedTests(): { tests?: ToolTest[]; key: string; problem?: string } {
  const drafts = useToolTestsStore((s) => s.drafts);
  const on = useIncludeTests((s) => s.on);
  return useMemo(() => {
    if (!on || drafts.length === 0) return { key: '' };
    const tests = selectToolTests({ drafts });
    if (!tests.ok) {
      const [first] = tests.error;
      return { key: '', problem: toolTestsProblem(first?.index ?? 0, first?.problem) };
    }
    return { tests: tests.value, key: JSON.stringify(drafts) };
  }, [drafts, on]);
}

/** "Include the tool tests (n)", shown when the workspace has tests. */
export function ShareTestsOption() {
  const { t } = useTranslation('toolTests');
  const count = useToolTestsStore((s) => s.drafts.length);
  const on = useIncludeTests((s) => s.on);
  if (count === 0) return null;
  return (
    <label className="flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={on}
        onChange={(e) => useIncludeTests.setState({ on: e.target.checked })}
      />
      {t('shareTests', { count })}
    </label>
  );
}
