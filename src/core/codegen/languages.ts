import type { CodeRequest } from './code-request';
import { curlSnippet } from './curl-snippet';
import { jsFetchSnippet, jsOpenAiSnippet } from './js-snippets';
import { csharpSnippet, javaSnippet, swiftSnippet } from './managed-snippets';
import { cSnippet, goSnippet, rustSnippet } from './native-snippets';
import { pythonOpenAiSnippet, pythonRequestsSnippet } from './python-snippets';
import { phpSnippet, powershellSnippet, rubySnippet } from './script-snippets';

/** One entry of the Code dialog's language list. */
export interface SnippetLanguage {
  id: string;
  label: string;
  /** Monaco's language id, for highlighting. */
  highlight: string;
  generate: (request: CodeRequest) => string;
}

/**
 * Every language the Code dialog offers, in order. All are our own templates: each value goes
 * through the escaper of its language (literals.ts), which snippet libraries were found not to do
 * for every value (a base URL or header could break out of its string in PHP, PowerShell and C#).
 */
export const SNIPPET_LANGUAGES: readonly SnippetLanguage[] = [
  { id: 'curl', label: 'curl', highlight: 'shell', generate: curlSnippet },
  { id: 'js-fetch', label: 'JavaScript (fetch)', highlight: 'javascript', generate: jsFetchSnippet },
  { id: 'js-openai', label: 'JavaScript (openai SDK)', highlight: 'javascript', generate: jsOpenAiSnippet },
  { id: 'python-requests', label: 'Python (requests)', highlight: 'python', generate: pythonRequestsSnippet },
  { id: 'python-openai', label: 'Python (openai SDK)', highlight: 'python', generate: pythonOpenAiSnippet },
  { id: 'go', label: 'Go', highlight: 'go', generate: goSnippet },
  { id: 'java', label: 'Java', highlight: 'java', generate: javaSnippet },
  { id: 'php', label: 'PHP (Guzzle)', highlight: 'php', generate: phpSnippet },
  { id: 'csharp', label: 'C#', highlight: 'csharp', generate: csharpSnippet },
  { id: 'ruby', label: 'Ruby', highlight: 'ruby', generate: rubySnippet },
  { id: 'swift', label: 'Swift', highlight: 'swift', generate: swiftSnippet },
  { id: 'c', label: 'C (libcurl)', highlight: 'cpp', generate: cSnippet },
  { id: 'rust', label: 'Rust (reqwest)', highlight: 'rust', generate: rustSnippet },
  { id: 'powershell', label: 'PowerShell', highlight: 'powershell', generate: powershellSnippet },
];

/** The snippet for a language id; throws on an unknown id (a programming error). */
export function generateSnippet(languageId: string, request: CodeRequest): string {
  const language = SNIPPET_LANGUAGES.find((l) => l.id === languageId);
  if (!language) throw new Error(`Unknown snippet language: ${languageId}`);
  return language.generate(request);
}
