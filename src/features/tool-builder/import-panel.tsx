import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { importTools, toolNames, type ImportKind } from '../../core/tools';
import type { RequestDoc } from './use-request-doc';
import { plain } from './plain-text';

const KINDS: ImportKind[] = ['auto', 'tool', 'schema', 'example'];

/** Paste a Chat Completions or Responses tool, a bare JSON Schema, or an example value. */
export function ImportPanel({ doc, disabled }: { doc: RequestDoc; disabled: boolean }) {
  const { t } = useTranslation('tools');
  const [text, setText] = useState('');
  const [kind, setKind] = useState<ImportKind>('auto');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | undefined>();
  const run = () => {
    const tools: unknown[] = Array.isArray(doc.request.tools) ? doc.request.tools : [];
    const result = importTools(text, kind, toolNames(tools));
    if (!result.ok) {
      const { code, detail } = result.error;
      setMessage({ ok: false, text: t(`import.error.${code}`, { detail }) });
      return;
    }
    const { value } = result;
    doc.replace(['tools'], doc.request.tools, [...tools, ...value.tools]);
    if (value.toolChoice !== undefined && doc.request.tool_choice === undefined) {
      doc.replace(['tool_choice'], undefined, value.toolChoice);
    }
    setMessage({
      ok: true,
      text: t('import.imported', {
        count: value.tools.length,
        source: t(`import.source.${value.source}`, { count: value.count }),
      }),
    });
    setText('');
  };
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer">{t('import.summary')}</summary>
      <div className="mt-1 flex flex-col gap-1.5">
        <textarea
          aria-label={t('import.json')}
          rows={5}
          spellCheck={false}
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={plain(t('import.placeholder'))}
          className="w-full rounded border border-line p-1.5 font-mono text-xs"
        />
        <div className="flex items-center gap-2">
          <select
            aria-label={t('import.as')}
            value={kind}
            onChange={(e) => setKind(e.target.value as ImportKind)}
            className="rounded border border-line bg-surface px-1 py-0.5"
          >
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {plain(t(`import.${k}`))}
              </option>
            ))}
          </select>
          <Button disabled={disabled || text.trim() === ''} onClick={run}>
            {t('import.import')}
          </Button>
        </div>
        {message && (
          <p
            role={message.ok ? 'status' : 'alert'}
            className={message.ok ? 'text-success-ink' : 'text-danger'}
          >
            <InlineCode text={message.text} />
          </p>
        )}
      </div>
    </details>
  );
}
