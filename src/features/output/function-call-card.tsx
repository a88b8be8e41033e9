import { Suspense, useMemo, useState } from 'react';
import type { CallItem } from '../../core/response/output-items';
import { PrettyJsonStream } from '../../core/response/pretty-json-stream';
import { ArgumentCheck } from '../tool-builder';
import { ChunkedText } from './chunked-text';

/**
 * A function, custom tool or MCP call: its name, call id and arguments, readable while they stream
 * (partially parsed JSON) and exact once done.
 */
export function FunctionCallCard({ item, done }: { item: CallItem; done: boolean }) {
  const { type, callId, arguments: args } = item;
  const name = item.name ?? '(unnamed)';
  const isCustom = type === 'custom_tool_call';
  const [indenter] = useState(() => new PrettyJsonStream());
  const shown = useMemo(
    () => (isCustom ? { text: args } : readableArguments(args, done, indenter)),
    [args, done, isCustom, indenter],
  );

  return (
    <article aria-label={`Function call ${name}`} className="rounded border border-sky-300 bg-sky-50 p-3">
      <header className="mb-2 flex flex-wrap items-baseline gap-2">
        <span className="text-xs font-semibold tracking-wide text-sky-900 uppercase">
          {type === 'mcp_call'
            ? `MCP ${item.serverLabel ?? ''}`
            : isCustom
              ? 'Custom tool call'
              : 'Function call'}
        </span>
        <span className="font-mono font-semibold">{name}</span>
        {callId && <span className="font-mono text-xs text-slate-700">{callId}</span>}
        <span className="ml-auto text-xs text-slate-700">{done ? 'done' : 'streaming arguments…'}</span>
      </header>
      <pre
        aria-label={`Arguments of ${name}`}
        className="overflow-x-auto rounded bg-white p-2 font-mono text-xs whitespace-pre-wrap"
      >
        <ChunkedText text={shown.text} />
      </pre>
      {shown.note && <p className="mt-1 text-xs text-amber-900">{shown.note}</p>}
      <Suspense fallback={null}>
        <ArgumentCheck item={item.raw} done={done} />
      </Suspense>
      {type === 'mcp_call' && (item.output ?? item.error) && (
        <pre className="mt-2 overflow-x-auto rounded bg-white p-2 text-xs">{item.output ?? item.error}</pre>
      )}
    </article>
  );
}

/**
 * Arguments indented as they stream (O(new text) per frame, whatever their size); once done, checked
 * once: valid JSON keeps that layout, anything else is shown exactly as received.
 */
function readableArguments(
  args: string,
  done: boolean,
  indenter: PrettyJsonStream,
): { text: string; note?: string } {
  if (!args) return { text: done ? '(no arguments)' : '' };
  if (done && !isJson(args))
    return { text: args, note: 'These arguments are not valid JSON; shown as received.' };
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
