import type { CodeRequest } from './code-request';
import { curlSnippet } from './curl-snippet';
import { jsFetchSnippet, jsOpenAiSnippet } from './js-snippets';
import { librarySnippet, type LibraryLanguage } from './library-snippets';
import { pythonOpenAiSnippet, pythonRequestsSnippet } from './python-snippets';

/** One entry of the Code dialog's language list. */
export interface SnippetLanguage {
  id: string;
  label: string;
  /** Monaco's language id, for highlighting. */
  highlight: string;
  /** Who writes it: our own template (streaming-aware, SDKs) or the snippet library. */
  source: 'template' | 'library';
  generate: (request: CodeRequest) => string;
}

const library = (id: LibraryLanguage, label: string, highlight: string): SnippetLanguage => ({
  id,
  label,
  highlight,
  source: 'library',
  generate: (request) => librarySnippet(id, request),
});

/**
 * Every language the Code dialog offers, in order. curl, JavaScript and Python are our own
 * templates because they read the event stream (and use the official SDKs), which no snippet
 * library does; the rest come from @scalar/snippetz.
 */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: 'curl', label: 'curl', highlight: 'shell', source: 'template', generate: curlSnippet },
  {
    id: 'js-fetch',
    label: 'JavaScript (fetch)',
    highlight: 'javascript',
    source: 'template',
    generate: jsFetchSnippet,
  },
  {
    id: 'js-openai',
    label: 'JavaScript (openai SDK)',
    highlight: 'javascript',
    source: 'template',
    generate: jsOpenAiSnippet,
  },
  {
    id: 'python-requests',
    label: 'Python (requests)',
    highlight: 'python',
    source: 'template',
    generate: pythonRequestsSnippet,
  },
  {
    id: 'python-openai',
    label: 'Python (openai SDK)',
    highlight: 'python',
    source: 'template',
    generate: pythonOpenAiSnippet,
  },
  library('go', 'Go', 'go'),
  library('java', 'Java', 'java'),
  library('php', 'PHP (Guzzle)', 'php'),
  library('csharp', 'C#', 'csharp'),
  library('ruby', 'Ruby', 'ruby'),
  library('swift', 'Swift', 'swift'),
  library('c', 'C (libcurl)', 'cpp'),
  library('rust', 'Rust (reqwest)', 'rust'),
  library('powershell', 'PowerShell', 'powershell'),
];

/** The snippet for a language id; throws on an unknown id (a programming error). */
export function generateSnippet(languageId: string, request: CodeRequest): string {
  const language = SNIPPET_LANGUAGES.find((l) => l.id === languageId);
  if (!language) throw new Error(`Unknown snippet language: ${languageId}`);
  return language.generate(request);
}
