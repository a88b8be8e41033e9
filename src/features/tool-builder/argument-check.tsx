import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { parseRequestText } from '../../core/request/parse-request';
import { functionSchemaFor, jsonSchemaFormat } from '../../core/tools';
import { useRunStore } from '../../state/run';
import { CheckResultView } from './check-result';
import { useJsonCheck } from './validation-client';

/** The request that produced the response on screen, parsed (undefined when unknown). */
function useSentRequest(): unknown {
  const body = useRunStore((s) => s.lastRequest?.body);
  return useMemo(() => {
    if (body === undefined) return undefined;
    const parsed = parseRequestText(body);
    return parsed.ok ? parsed.value : undefined;
  }, [body]);
}

function field(item: Record<string, unknown>, key: string): string | undefined {
  const v = item[key];
  return typeof v === 'string' ? v : undefined;
}

/**
 * For a completed `function_call`: its arguments parsed and validated (Ajv) against the schema of
 * the tool it names in the request that was sent. Shown on the call in the output pane.
 */
export function ArgumentCheck({ item, done }: { item: Record<string, unknown>; done: boolean }) {
  const { t } = useTranslation('tools');
  const request = useSentRequest();
  const name = field(item, 'name') ?? '';
  const isCall = item.type === 'function_call';
  const schema = isCall && done ? functionSchemaFor(request, name, field(item, 'namespace')) : undefined;
  const result = useJsonCheck(schema, schema === undefined ? undefined : (field(item, 'arguments') ?? ''));
  if (!isCall || !done || schema === undefined) return null;
  return (
    <CheckResultView
      label={t('check.argumentsOf', { name })}
      result={result}
      subject={t('check.arguments')}
    />
  );
}

/**
 * For a completed assistant message, when the request asked for `text.format` json_schema: the
 * answer parsed and validated against that schema, shown next to the answer.
 */
export function StructuredOutputCheck({ item, done }: { item: Record<string, unknown>; done: boolean }) {
  const { t } = useTranslation('tools');
  const request = useSentRequest();
  const format = done ? jsonSchemaFormat(request) : undefined;
  // Joined only once the message is done: while it streams this would copy the whole answer per frame.
  const text = useMemo(() => {
    if (!done) return '';
    const parts = Array.isArray(item.content) ? (item.content as Record<string, unknown>[]) : [];
    return parts.map((p) => (p.type === 'output_text' && typeof p.text === 'string' ? p.text : '')).join('');
  }, [item.content, done]);
  const refused =
    Array.isArray(item.content) &&
    (item.content as Record<string, unknown>[]).some((p) => p.type === 'refusal');
  const result = useJsonCheck(format?.schema, format && !refused ? text : undefined);
  if (!format || refused || item.type !== 'message') return null;
  return (
    <CheckResultView
      label={t('check.structuredOf', { name: format.name || t('check.schema') })}
      result={result}
      subject={t('check.answer')}
    />
  );
}
