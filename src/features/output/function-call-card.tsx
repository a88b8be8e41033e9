import { Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import type { CallItem } from '../../core/response/output-items';
import { PrettyJsonStream } from '../../core/response/pretty-json-stream';
import { ArgumentCheck } from '../tool-builder';
import { ChunkedText } from './chunked-text';

/**
 * A function, custom tool or MCP call: its name, call id and arguments, readable while they stream
 * (partially parsed JSON) and exact once done.
 */
export function FunctionCallCard({ item, done }: { item: CallItem; done: boolean }) {
  const { t } = useTranslation(['output', 'common']);
  const { type, callId, arguments: args } = item;
  const name = item.name ?? t('call.unnamed');
  const isCustom = type === 'custom_tool_call';
  const [indenter] = useState(() => new PrettyJsonStream());
  const shown = useMemo(
    () => (isCustom ? { text: args } : readableArguments(args, done, indenter)),
    [args, done, isCustom, indenter],
  );

  // The arguments grow on every streaming frame; the Copy button reads the latest when clicked, so
  // its element stays the same and React skips it.
  const latest = useRef(args);
  useLayoutEffect(() => {
    latest.current = args;
  });
  const copy = useMemo(
    () => (
      // The arguments exactly as received (not the indented view) are what a tool gets.
      <CopyButton
        label={t('copy.arguments')}
        text={() => latest.current}
        copied={t('copy.copied')}
        failed={t('copy.failed')}
      >
        {t('common:copy')}
      </CopyButton>
    ),
    [t],
  );

  return (
    <article
      aria-label={t('call.label', { name })}
      className="rounded border border-info-line bg-info-surface p-3 text-ink"
    >
      <header className="mb-2 flex flex-wrap items-center gap-2">
        <span className="text-xs font-semibold tracking-wide text-info-ink uppercase">
          {type === 'mcp_call'
            ? t('call.mcp', { server: item.serverLabel ?? '' })
            : isCustom
              ? t('call.custom')
              : t('call.function')}
        </span>
        <span className="font-mono font-semibold">{name}</span>
        {callId && <span className="font-mono text-xs text-ink-muted">{callId}</span>}
        <span className="ml-auto text-xs text-ink-muted">{done ? t('call.done') : t('call.streaming')}</span>
        {copy}
      </header>
      <pre
        aria-label={t('call.arguments', { name })}
        className="overflow-x-auto rounded bg-surface p-2 font-mono text-xs whitespace-pre-wrap"
      >
        <ChunkedText text={shown.text === NO_ARGUMENTS ? t('call.noArguments') : shown.text} />
      </pre>
      {shown.note && <p className="mt-1 text-xs text-warning-ink">{t('call.notJson')}</p>}
      <Suspense fallback={null}>
        <ArgumentCheck item={item.raw} done={done} />
      </Suspense>
      {type === 'mcp_call' && (item.output ?? item.error) && (
        <pre className="mt-2 overflow-x-auto rounded bg-surface p-2 text-xs">{item.output ?? item.error}</pre>
      )}
    </article>
  );
}

const NO_ARGUMENTS = '\u0000none';

/**
 * Arguments indented as they stream (O(new text) per frame, whatever their size); once done, checked
 * once: valid JSON keeps that layout, anything else is shown exactly as received (with a note).
 */
function readableArguments(
  args: string,
  done: boolean,
  indenter: PrettyJsonStream,
): { text: string; note?: true } {
  if (!args) return { text: done ? NO_ARGUMENTS : '' };
  if (done && !isJson(args)) return { text: args, note: true };
  return { text: indenter.update(args) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
