import { Button } from '../../components/ui/button';
import { useShallow } from 'zustand/react/shallow';
import { useThreadStore } from './thread-store';

const TRAIL_STYLE = { step: 'text-slate-900', done: 'text-emerald-900', stop: 'text-amber-900' };

/** Saved fixtures per tool name, the auto-answer switch with its step limit, and the loop's trail. */
export function AutoAnswerPanel() {
  const { fixtures, autoAnswer, stepLimit, trail } = useThreadStore(
    useShallow((s) => ({
      fixtures: s.fixtures,
      autoAnswer: s.autoAnswer,
      stepLimit: s.stepLimit,
      trail: s.trail,
    })),
  );
  const names = Object.keys(fixtures).sort();

  return (
    <details className="rounded border border-slate-200 p-2 text-xs" open={autoAnswer || undefined}>
      <summary className="cursor-pointer text-sm font-semibold">
        Fixtures and auto-answer <span className="font-normal text-slate-700">({names.length} saved)</span>
      </summary>
      <div className="mt-2 flex flex-col gap-2">
        {names.length === 0 ? (
          <p className="text-slate-700">
            Save a tool output as a fixture (under each call) to answer that tool in one click, or
            automatically.
          </p>
        ) : (
          <ul aria-label="Fixtures" className="flex flex-col gap-1">
            {names.map((name) => (
              <li key={name} className="flex items-center gap-2">
                <span className="font-mono font-semibold">{name}</span>
                <span className="flex-1 truncate font-mono text-slate-700" title={fixtures[name]}>
                  {fixtures[name] || '(empty)'}
                </span>
                <Button
                  variant="link"
                  aria-label={`Remove the ${name} fixture`}
                  onClick={() =>
                    useThreadStore.setState((s) => {
                      const next = { ...s.fixtures };
                      delete next[name];
                      return { fixtures: next };
                    })
                  }
                >
                  Remove
                </Button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={autoAnswer}
              onChange={(e) => useThreadStore.setState({ autoAnswer: e.target.checked })}
            />
            Auto-answer with fixtures
          </label>
          <label className="flex items-center gap-1">
            Step limit
            <input
              type="number"
              min={1}
              max={50}
              className="w-14 rounded border border-slate-400 px-1"
              value={stepLimit}
              onChange={(e) => {
                const n = Math.floor(Number(e.target.value));
                if (n >= 1 && n <= 50) useThreadStore.setState({ stepLimit: n });
              }}
            />
          </label>
        </div>
        {trail.length > 0 && (
          <ol aria-label="Auto-answer trail" className="list-decimal pl-5">
            {trail.map((step, i) => (
              <li key={i} className={TRAIL_STYLE[step.kind]}>
                {step.text}
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
