import { Trans, useTranslation } from 'react-i18next';
import { Button } from '../../components/ui/button';
import { InlineCode } from '../../components/ui/inline-code';
import { useState } from 'react';
import type { Said } from '../../core/said';
import { saidText } from '../../i18n';
import { importCurl } from './curl-apply';

/**
 * Paste a curl command (as relay docs print them) and get its body in the editor, its base URL in
 * Base URL, its key in the API key field (scoped to that base URL, like any key) and its other
 * headers as extra headers. The key goes only to the connection: never into history or presets.
 */
export function CurlImport({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation('presets');
  const [command, setCommand] = useState('');
  const [error, setError] = useState<Said | undefined>();

  const run = () => {
    const result = importCurl(command);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setCommand('');
    setError(undefined);
    onImported();
  };

  return (
    <form
      className="flex flex-col gap-2 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        run();
      }}
    >
      <label className="flex flex-col gap-1 font-medium">
        {t('curl.command')}
        <textarea
          value={command}
          onChange={(e) => setCommand(e.target.value)}
          rows={10}
          spellCheck={false}
          placeholder={`curl https://api.example.com/v1/responses \\\n  -H "Authorization: Bearer $OPENAI_API_KEY" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model": "gpt-4.1", "input": "Hello"}'`}
          className="rounded border border-slate-400 p-2 font-mono text-xs font-normal"
        />
      </label>
      <p className="text-slate-700">
        <Trans
          t={t}
          i18nKey="curl.help"
          values={{ braces: '{{YOUR_API_KEY}}', angle: '<token>' }}
          components={{ 1: <code />, 3: <code /> }}
        />
      </p>
      {error && (
        <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-red-950">
          <InlineCode text={saidText(error)} />
        </p>
      )}
      <div>
        <Button variant="primary" size="md" type="submit" disabled={!command.trim()}>
          {t('curl.import')}
        </Button>
      </div>
    </form>
  );
}
