import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { alignToolCalls } from '../../core/compare';
import type { ToolCall } from '../../core/history';
import { parseRequestText } from '../../core/request/parse-request';
import { functionSchemaFor } from '../../core/tools/tool-lookup';
import { useJsonCheck, useViolationLine } from '../tool-builder';

/**
 * Tool calls side by side: one row per function (and its n-th call), each column's arguments and
 * whether they are valid against that function's schema in the request the column sent.
 */
export function ToolCallsView({
  calls,
  sentBodies,
}: {
  calls: readonly (readonly ToolCall[])[];
  sentBodies: readonly (string | undefined)[];
}) {
  const { t } = useTranslation('compare');
  const rows = useMemo(() => alignToolCalls(calls), [calls]);
  const requests = useMemo(
    () =>
      sentBodies.map((body) => {
        const parsed = body === undefined ? undefined : parseRequestText(body);
        return parsed?.ok ? parsed.value : undefined;
      }),
    [sentBodies],
  );
  if (rows.length === 0) return <p className="text-sm text-ink-muted">{t('noToolCalls')}</p>;
  return (
    <div className="overflow-x-auto">
      <table aria-label={t('toolCallsTable')} className="w-full border-collapse text-xs">
        <thead>
          <tr>
            <th scope="col" className="border-b border-line p-1 text-left">
              {t('toolCall')}
            </th>
            {calls.map((_, i) => (
              <th key={i} scope="col" className="border-b border-line p-1 text-left">
                {t('column', { n: i + 1 })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.name}\n${row.occurrence}`}>
              <th scope="row" className="border-b border-line p-1 text-left align-top font-mono">
                {row.name}
                {row.occurrence > 0 && ` #${row.occurrence + 1}`}
                <span className="block font-sans font-normal text-ink-muted">
                  {row.sameArguments ? t('sameArguments') : t('differentArguments')}
                </span>
              </th>
              {row.calls.map((call, i) => (
                <td key={i} className="border-b border-line p-1 align-top">
                  {call ? (
                    <CallCell call={call} schema={functionSchemaFor(requests[i], call.name)} />
                  ) : (
                    <span className="text-ink-muted">{t('noCall')}</span>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function CallCell({ call, schema }: { call: ToolCall; schema: unknown }) {
  const { t } = useTranslation('compare');
  const violationLine = useViolationLine();
  const isFunction = call.type === 'function_call';
  const check = useJsonCheck(isFunction ? schema : undefined, isFunction ? call.arguments : undefined);
  let verdict: string;
  let tone = 'text-ink-muted';
  if (!isFunction || schema === undefined) verdict = t('noSchema');
  else if (!check) verdict = t('checking');
  else if (check.status === 'valid') {
    verdict = `✓ ${t('valid')}`;
    tone = 'text-success-ink';
  } else {
    tone = 'text-danger';
    const reason =
      check.status === 'invalid' ? check.violations.map(violationLine).join('; ') : check.message;
    verdict = check.status === 'unavailable' ? t('unavailable', { reason }) : `✗ ${t('invalid', { reason })}`;
  }
  return (
    <div className="flex flex-col gap-0.5">
      <pre className="max-h-32 overflow-auto font-mono break-all whitespace-pre-wrap">{call.arguments}</pre>
      <span className={tone}>{verdict}</span>
    </div>
  );
}
