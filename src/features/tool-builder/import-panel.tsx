import { Button } from '../../components/ui/button';
import { useState } from 'react';
import { importTools, toolNames, type ImportKind } from '../../core/tools';
import type { RequestDoc } from './use-request-doc';

/** Paste a Chat Completions or Responses tool, a bare JSON Schema, or an example value. */
export function ImportPanel({ doc, disabled }: { doc: RequestDoc; disabled: boolean }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ImportKind>('auto');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const run = () => {
    const tools: unknown[] = Array.isArray(doc.request.tools) ? doc.request.tools : [];
    const result = importTools(text, kind, toolNames(tools));
    if (!result.ok) {
      setMessage({ ok: false, text: result.error });
      return;
    }
    doc.replace(['tools'], doc.request.tools, [...tools, ...result.value.tools]);
    if (result.value.toolChoice !== undefined && doc.request.tool_choice === undefined) {
      doc.replace(['tool_choice'], undefined, result.value.toolChoice);
    }
    setMessage({
      ok: true,
      text: `Imported ${result.value.tools.length} tool(s) from ${result.value.detected}.`,
    });
    setText('');
  };
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">Import or convert tools</summary>
      <div className="mt-1 flex flex-col gap-1.5">
        <textarea
          aria-label="Import JSON"
          rows={5}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={
            'A Chat Completions tool {"type":"function","function":{…}}, a custom tool, a Responses tool, an array or a whole request with "tools", a JSON Schema, or an example value'
          }
          className="w-full rounded border border-slate-300 p-1.5 font-mono text-xs"
        />
        <div className="flex items-center gap-2">
          <select
            aria-label="Import as"
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            className="rounded border border-slate-300 bg-white px-1 py-0.5"
          >
            <option value="auto">Detect</option>
            <option value="tool">Tool(s), Chat or Responses shape</option>
            <option value="schema">JSON Schema (becomes the parameters)</option>
            <option value="example">Example value (infer the schema)</option>
          </select>
          <Button disabled={disabled || text.trim() === ''} onClick={run}>
            Import
          </Button>
        </div>
        {message && (
          <p
            role={message.ok ? 'status' : 'alert'}
            className={message.ok ? 'text-emerald-900' : 'text-red-900'}
          >
            {message.text}
          </p>
        )}
      </div>
    </details>
  );
}
