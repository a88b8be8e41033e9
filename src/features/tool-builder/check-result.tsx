import type { CheckView } from './validation-client';

/** One validation result: a verdict line and the violations, each with its JSON path. */
export function CheckResultView({
  label,
  result,
  subject,
}: {
  label: string;
  result: CheckView | undefined;
  subject: string;
}) {
  if (!result) return <p className="text-xs text-slate-700">{subject}: checking against the schema…</p>;
  const tone =
    result.status === 'valid'
      ? 'border-emerald-400 bg-emerald-50 text-emerald-950'
      : result.status === 'unavailable'
        ? 'border-slate-300 bg-slate-50 text-slate-800'
        : 'border-red-400 bg-red-50 text-red-950';
  return (
    <div role="group" aria-label={label} className={`mt-2 rounded border p-2 text-xs ${tone}`}>
      {result.status === 'valid' && <p>✓ {subject}: valid against the schema.</p>}
      {result.status === 'not-json' && (
        <p>
          ✗ {subject}: not valid JSON ({result.message})
        </p>
      )}
      {result.status === 'bad-schema' && <p>The schema could not be compiled: {result.message}</p>}
      {result.status === 'unavailable' && <p>Validation is unavailable: {result.message}</p>}
      {result.status === 'invalid' && (
        <>
          <p>
            ✗ {subject}: {result.violations.length} schema violation
            {result.violations.length === 1 ? '' : 's'}
          </p>
          <ul aria-label={`${label}: violations`} className="mt-1 list-disc pl-5">
            {result.violations.map((v, i) => (
              <li key={i}>
                <code className="font-mono">{v.path || '(root)'}</code> {v.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
