import { useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { saidText } from '../../i18n';
import { Dialog } from '../../components/ui/dialog';
import { InlineCode } from '../../components/ui/inline-code';
import { Tabs } from '../../components/ui/tabs';
import { buildCodeRequest } from '../../core/codegen/code-request';
import { SNIPPET_LANGUAGES, type SnippetLanguage } from '../../core/codegen/languages';
import { useConnectionStore } from '../../state/connection';
import { useRunStore } from '../../state/run';
import { useWorkspaceStore } from '../../state/workspace';
import { CodeView } from './code-view';

/**
 * The dialog's tabs: the three families the contract names, then everything else in a list. The
 * openai SDK comes first in its family (what SDK users expect), raw HTTP beside it.
 */
const FAMILIES = [
  { id: 'curl', label: 'curl', languages: ['curl'] },
  { id: 'javascript', label: 'JavaScript', languages: ['js-openai', 'js-fetch'] },
  { id: 'python', label: 'Python', languages: ['python-openai', 'python-requests'] },
  {
    id: 'other',
    label: '',
    languages: SNIPPET_LANGUAGES.filter((l) => !/^(curl|js-|python-)/.test(l.id)).map((l) => l.id),
  },
];
const byId = new Map(SNIPPET_LANGUAGES.map((l) => [l.id, l]));
/** Targets whose label holds words (the rest are names: curl, Go, PHP (Guzzle)…). */
const TRANSLATED_TARGETS = new Set(['js-fetch', 'js-openai', 'python-requests', 'python-openai']);

/**
 * The request as code. It is built from the request text, the Base URL and the extra headers only:
 * the API key is never an input, so it cannot appear; snippets read `$OPENAI_API_KEY`.
 */
export default function CodeDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('code');
  const targetLabel = (l: SnippetLanguage | undefined) =>
    l && TRANSLATED_TARGETS.has(l.id) ? t(`targets.${l.id as 'js-fetch'}`) : (l?.label ?? '');
  const editorText = useWorkspaceStore((s) => s.requestText);
  const lastSent = useRunStore((s) => s.lastRequest?.body);
  const baseUrl = useConnectionStore((s) => s.baseUrl);
  const headers = useConnectionStore((s) => s.headers);
  const [family, setFamily] = useState('curl');
  const [choice, setChoice] = useState<Record<string, string>>({});
  const [source, setSource] = useState<'editor' | 'sent'>('editor');

  // A follow-up or tool-output turn is sent without passing through the editor: offer it too (its
  // body already carries previous_response_id).
  const offerSent = lastSent !== undefined && lastSent !== editorText;
  const bodyText = source === 'sent' && offerSent ? lastSent : editorText;
  const request = useMemo(
    () => buildCodeRequest({ baseUrl, bodyText, headers }),
    [baseUrl, bodyText, headers],
  );

  const current = FAMILIES.find((f) => f.id === family) ?? FAMILIES[0];
  const languageId = choice[current?.id ?? ''] ?? current?.languages[0] ?? 'curl';
  const language = byId.get(languageId) ?? SNIPPET_LANGUAGES[0];
  const code = request.ok && language ? language.generate(request.value) : '';

  return (
    <Dialog open onClose={onClose} title={t('title')} wide>
      <p className="text-sm text-slate-700">
        <Trans
          t={t}
          i18nKey="intro"
          values={{ baseUrl }}
          components={{ 1: <code className="break-all" />, 3: <code /> }}
        />
      </p>
      {offerSent && (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">{t('whichRequest')}</legend>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="code-source"
              checked={source === 'editor'}
              onChange={() => setSource('editor')}
            />
            {t('editorRequest')}
          </label>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="code-source"
              checked={source === 'sent'}
              onChange={() => setSource('sent')}
            />
            {t('sentRequest')}
          </label>
        </fieldset>
      )}
      <Tabs
        label={t('tabs')}
        tabs={FAMILIES.map(({ id, label }) => ({ id, label: id === 'other' ? t('otherLanguages') : label }))}
        active={family}
        onChange={setFamily}
      >
        {current && current.languages.length > 1 && (
          <label className="mb-2 flex items-center gap-2 text-sm">
            {current.id === 'other' ? t('language') : t('client')}
            <select
              value={languageId}
              onChange={(e) => setChoice({ ...choice, [current.id]: e.target.value })}
              className="rounded border border-slate-400 px-1 py-0.5"
            >
              {current.languages.map((id) => (
                <option key={id} value={id}>
                  {targetLabel(byId.get(id))}
                </option>
              ))}
            </select>
          </label>
        )}
        {request.ok ? (
          <CodeView
            code={code}
            language={language?.highlight ?? 'plaintext'}
            label={t('snippetLabel', { language: targetLabel(language) })}
          />
        ) : (
          <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950">
            <InlineCode text={saidText(request.error)} />
          </p>
        )}
      </Tabs>
    </Dialog>
  );
}
