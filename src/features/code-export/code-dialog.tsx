import { useMemo, useState } from 'react';
import { Dialog } from '../../components/ui/dialog';
import { Tabs } from '../../components/ui/tabs';
import { buildCodeRequest } from '../../core/codegen/code-request';
import { SNIPPET_LANGUAGES } from '../../core/codegen/languages';
import { useConnectionStore } from '../../state/connection';
import { useRunStore } from '../../state/run';
import { useWorkspaceStore } from '../../state/workspace';
import { CodeView } from './code-view';

/** The dialog's tabs: the three families the contract names, then everything else in a list. */
const FAMILIES = [
  { id: 'curl', label: 'curl', languages: ['curl'] },
  { id: 'javascript', label: 'JavaScript', languages: ['js-fetch', 'js-openai'] },
  { id: 'python', label: 'Python', languages: ['python-requests', 'python-openai'] },
  {
    id: 'other',
    label: 'Other languages',
    languages: SNIPPET_LANGUAGES.filter((l) => !/^(curl|js-|python-)/.test(l.id)).map((l) => l.id),
  },
];
const byId = new Map(SNIPPET_LANGUAGES.map((l) => [l.id, l]));

/**
 * The request as code. It is built from the request text, the Base URL and the extra headers only:
 * the API key is never an input, so it cannot appear; snippets read `$OPENAI_API_KEY`.
 */
export default function CodeDialog({ onClose }: { onClose: () => void }) {
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
    <Dialog open onClose={onClose} title="Code" wide>
      <p className="text-sm text-slate-700">
        This request as code, for the Base URL <code className="break-all">{baseUrl}</code>. Your key is never
        included: the snippets read it from <code>$OPENAI_API_KEY</code>.
      </p>
      {offerSent && (
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="sr-only">Which request</legend>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="code-source"
              checked={source === 'editor'}
              onChange={() => setSource('editor')}
            />
            Request in the editor
          </label>
          <label className="flex items-center gap-1">
            <input
              type="radio"
              name="code-source"
              checked={source === 'sent'}
              onChange={() => setSource('sent')}
            />
            Last sent request (follow-up or tool outputs)
          </label>
        </fieldset>
      )}
      <Tabs
        label="Language"
        tabs={FAMILIES.map(({ id, label }) => ({ id, label }))}
        active={family}
        onChange={setFamily}
      >
        {current && current.languages.length > 1 && (
          <label className="mb-2 flex items-center gap-2 text-sm">
            {current.id === 'other' ? 'Language' : 'Client'}
            <select
              value={languageId}
              onChange={(e) => setChoice({ ...choice, [current.id]: e.target.value })}
              className="rounded border border-slate-400 px-1 py-0.5"
            >
              {current.languages.map((id) => (
                <option key={id} value={id}>
                  {byId.get(id)?.label}
                </option>
              ))}
            </select>
          </label>
        )}
        {request.ok ? (
          <CodeView
            code={code}
            language={language?.highlight ?? 'plaintext'}
            label={`${language?.label ?? ''} code`}
          />
        ) : (
          <p role="alert" className="rounded border border-red-400 bg-red-50 p-2 text-sm text-red-950">
            {request.error}
          </p>
        )}
      </Tabs>
    </Dialog>
  );
}
