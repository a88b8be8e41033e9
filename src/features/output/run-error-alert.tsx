import type { RunError } from '../../core/response/types';

const TITLE: Record<RunError['kind'], string> = {
  http: 'The server answered with an error',
  network: 'The request could not reach the server',
  stream: 'The server reported an error',
  'invalid-data': 'The server sent data that could not be read',
  cut: 'The stream was cut off',
};

/** A failure with the HTTP status and the server's own message; what arrived before it stays on screen. */
export function RunErrorAlert({ error, onRetry }: { error: RunError; onRetry?: () => void }) {
  const facts = [
    error.kind !== 'http' && error.status !== undefined && `HTTP ${error.status}`,
    error.type && `type ${error.type}`,
    error.code && `code ${error.code}`,
    error.param && `param ${error.param}`,
    error.requestId && `request id ${error.requestId}`,
  ].filter(Boolean);
  return (
    <div role="alert" className="rounded border border-red-400 bg-red-50 p-3 text-sm text-red-950">
      <p className="font-semibold">
        {error.kind === 'http' && error.status !== undefined ? `${error.status} · ` : ''}
        {TITLE[error.kind]}
      </p>
      <p className="mt-1 break-words whitespace-pre-wrap">{error.message}</p>
      {facts.length > 0 && <p className="mt-1 font-mono text-xs">{facts.join(' · ')}</p>}
      {error.hint && <p className="mt-1">{error.hint}</p>}
      {error.raw && (
        <details className="mt-1">
          <summary className="cursor-pointer text-xs">Raw answer</summary>
          <pre className="max-h-48 overflow-auto text-xs whitespace-pre-wrap">{error.raw}</pre>
        </details>
      )}
      {onRetry && (
        <button
          type="button"
          className="mt-2 rounded border border-red-700 bg-white px-2 py-0.5 text-red-900 hover:bg-red-100"
          onClick={onRetry}
        >
          Retry
        </button>
      )}
    </div>
  );
}
