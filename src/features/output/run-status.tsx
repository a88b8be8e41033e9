import type { RunStatus } from '../../core/response/types';

const STYLE: Record<RunStatus, string> = {
  idle: 'bg-slate-100 text-slate-800',
  connecting: 'bg-sky-100 text-sky-900',
  queued: 'bg-sky-100 text-sky-900',
  streaming: 'bg-sky-100 text-sky-900',
  completed: 'bg-emerald-100 text-emerald-900',
  incomplete: 'bg-amber-100 text-amber-900',
  failed: 'bg-red-100 text-red-900',
  cancelled: 'bg-slate-200 text-slate-900',
};

/** The state of the last response, in one word, announced politely. */
export function RunStatusBadge({ status, reason }: { status: RunStatus; reason?: string }) {
  return (
    <span role="status" className={`rounded px-2 py-0.5 text-sm font-semibold ${STYLE[status]}`}>
      {status === 'idle' ? 'ready' : status}
      {reason ? ` (${reason})` : ''}
    </span>
  );
}
