import { useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { useEffect, useState } from 'react';
import { copyText } from '../../components/ui/clipboard-and-files';
import { loadColorizer } from '../request-editor';

/**
 * A read-only snippet with a Copy button. The plain text shows at once; highlighting arrives when
 * the colorizer (the editor's Monaco, loaded on demand) has run, and is dropped if it fails to load.
 */
export function CodeView({ code, language, label }: { code: string; language: string; label: string }) {
  const { t } = useTranslation('code');
  const [html, setHtml] = useState<{ code: string; html: string } | undefined>();
  // Which text was copied, so a new snippet does not show an old "Copied".
  const [copiedState, setCopied] = useState<{ code: string; ok: boolean } | undefined>();
  const copied = copiedState?.code === code ? (copiedState.ok ? 'yes' : 'no') : undefined;

  useEffect(() => {
    let current = true;
    loadColorizer()
      .then((colorize) => colorize(code, language))
      .then((result) => {
        if (current) setHtml({ code, html: result });
      })
      .catch(() => undefined); // plain text is fine
    return () => {
      current = false;
    };
  }, [code, language]);

  const highlighted = html?.code === code ? html.html : undefined;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex items-center gap-3 text-sm">
        <Button
          variant="primary"
          size="md"
          onClick={() => void copyText(code).then((ok) => setCopied({ code, ok }))}
        >
          {t('copy')}
        </Button>
        <span aria-live="polite">
          {copied === 'yes' && t('copied')}
          {copied === 'no' && t('copyFailed')}
        </span>
      </div>
      <pre
        aria-label={label}
        tabIndex={0}
        className="max-h-[60vh] overflow-auto rounded border border-line bg-surface p-3 font-mono text-xs leading-5"
      >
        {highlighted ? (
          // Monaco's colorizer output: every character of `code` escaped into spans (see monaco-setup.ts).
          <code className="vs" dangerouslySetInnerHTML={{ __html: highlighted }} />
        ) : (
          <code>{code}</code>
        )}
      </pre>
    </div>
  );
}
