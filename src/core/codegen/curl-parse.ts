import { canonicalBaseUrl } from '../api/canonical-url';
import { checkImportedText } from '../import-limits';
import { prettyJson } from '../presets/json-text';
import { parseRequestText } from '../request/parse-request';
import { err, ok, type Result } from '../result';
import type { HeaderPair } from './code-request';
import { splitShellWords } from './shell-words';

/** What a pasted curl command asks for, split the way the playground holds it. */
export interface CurlImport {
  /** The API root for the Base URL field; absent when the command has no absolute URL. */
  baseUrl?: string;
  /** A real-looking key from `Authorization: Bearer …` (placeholders such as `<token>` are not). */
  apiKey?: string;
  /** Headers to keep as the connection's extra headers (not Authorization, Content-Type, Accept…). */
  headers: HeaderPair[];
  /** The body, re-indented with 2 spaces, literals untouched. */
  bodyText: string;
  /** What was ignored or assumed, for the user to read. */
  warnings: string[];
}

const WITH_VALUE: Record<string, string> = {
  '-X': 'request',
  '--request': 'request',
  '-H': 'header',
  '--header': 'header',
  '-d': 'data',
  '--data': 'data',
  '--data-raw': 'data-raw',
  '--data-binary': 'data',
  '--data-ascii': 'data',
  '--data-urlencode': 'data-urlencode',
  '--json': 'json',
  '--url': 'url',
  '-u': 'user',
  '--user': 'user',
  '-F': 'form',
  '--form': 'form',
  '-T': 'upload',
  '--upload-file': 'upload',
  '--oauth2-bearer': 'bearer',
  '-A': 'ignore',
  '--user-agent': 'ignore',
  '-e': 'ignore',
  '--referer': 'ignore',
  '-b': 'cookie',
  '--cookie': 'cookie',
  '-o': 'ignore',
  '--output': 'ignore',
  '-m': 'ignore',
  '--max-time': 'ignore',
  '--connect-timeout': 'ignore',
  '-x': 'ignore',
  '--proxy': 'ignore',
  '-w': 'ignore',
  '--write-out': 'ignore',
  '--retry': 'ignore',
  '--cacert': 'ignore',
  '--cert': 'ignore',
  '--key': 'ignore',
  '--resolve': 'ignore',
  '-K': 'config',
  '--config': 'config',
};
const SHORT_FLAGS = new Set('LsSNivkfgGIOJ#0123456'.split(''));
/** Headers the browser or the app sets itself. */
const DROPPED_HEADERS =
  /^(content-type|accept|accept-encoding|accept-language|content-length|host|connection|user-agent|origin|referer|cookie|sec-.*|priority|pragma|cache-control|dnt)$/i;
/** Values docs use in place of a key: `{{YOUR_API_KEY}}`, `<token>`, `$OPENAI_API_KEY`, `sk-...`, `****`. */
const KEY_PLACEHOLDER =
  /^(\{\{.*\}\}|<.*>|\[.*\]|\$\{?[A-Za-z_]\w*\}?|\*+|x{3,}|sk-(\.\.\.|x+|\*+)|your[\w\s-]*|api[_-]?key|token|key)$/i;

/**
 * Reads a curl command (as relay docs print them: `--location --request POST`, `--header`,
 * `--data-raw '{…}'`, line continuations) into base URL, key, extra headers and JSON body.
 *
 * Fails, with a message for the user, when the text is not a curl command, a quote is unclosed,
 * the body comes from a file or a form, or the body is not a JSON object.
 */
export function parseCurlCommand(text: string): Result<CurlImport, string> {
  // The body inside is bounded again (nesting) by parseRequestText.
  const bounded = checkImportedText(text, 'The command', { json: false });
  if (!bounded.ok) return err(bounded.error.message);
  const split = splitShellWords(text.trim().replace(/^\$\s+/, ''));
  if (!split.ok) return split;
  const start = split.value.words.findIndex((w) => /^curl(\.exe)?$/i.test(w));
  if (start < 0) return err('Paste a curl command: it should start with "curl".');
  const words = split.value.words.slice(start + 1);
  const warnings: string[] = [];
  if (split.value.truncated) warnings.push('Ignored what follows the command (a pipe, ";" or redirection).');

  let url: string | undefined;
  let method: string | undefined;
  const headers: HeaderPair[] = [];
  const data: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    let value: string | undefined;
    if (/^-[A-Za-z]./.test(word) && WITH_VALUE[word.slice(0, 2)]) {
      value = word.slice(2); // -XPOST, -H'…'
      word = word.slice(0, 2);
    } else if (/^-[A-Za-z]{2,}$/.test(word) && [...word.slice(1)].every((c) => SHORT_FLAGS.has(c))) {
      continue; // -sSL
    }
    const kind = WITH_VALUE[word];
    if (kind) {
      value ??= words[++i];
      if (value === undefined) return err(`The option ${word} has no value.`);
      const problem = readOption(kind, word, value, { headers, data, warnings });
      if (problem) return err(problem);
      if (kind === 'request') method = value.toUpperCase();
      if (kind === 'url') url ??= value;
    } else if (word.startsWith('-') && word !== '-') {
      if (
        !/^(-[A-Za-z#0-9]|--(location|silent|show-error|no-buffer|include|verbose|insecure|compressed|fail|fail-with-body|globoff|http1\.1|http2|http2-prior-knowledge|location-trusted|no-progress-meter|raw))$/.test(
          word,
        )
      )
        warnings.push(`Ignored the option ${word}.`);
    } else url ??= word;
  }

  if (data.length === 0) return err('The command sends no body: add the JSON request with -d or --data-raw.');
  if (method && method !== 'POST')
    warnings.push(`The command uses ${method}; the playground always POSTs to /v1/responses.`);
  const bodyText = data.join('&');
  const parsed = parseRequestText(bodyText);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    return err(`The body is not a JSON object (line ${line}, column ${column}: ${message}).`);
  }

  const result: CurlImport = { headers: [], bodyText: prettyJson(bodyText), warnings };
  const base = baseUrlOf(url, warnings);
  if (base) result.baseUrl = base;
  for (const header of headers) {
    if (header.name.toLowerCase() === 'authorization') {
      const bearer = /^Bearer\s+(.*)$/i.exec(header.value.trim());
      if (bearer) {
        const key = bearer[1]?.trim() ?? '';
        if (key === '' || KEY_PLACEHOLDER.test(key) || /\s/.test(key))
          warnings.push(
            `The key in the command is a placeholder (${key || 'empty'}): enter your own in API key.`,
          );
        else result.apiKey = key;
        continue;
      }
      warnings.push('Kept a non-Bearer Authorization header as an extra header.');
      result.headers.push(header);
    } else if (header.name.toLowerCase() === 'content-type' && !/json/i.test(header.value)) {
      warnings.push(`Ignored Content-Type ${header.value}: the playground sends application/json.`);
    } else if (!DROPPED_HEADERS.test(header.name)) result.headers.push(header);
  }
  return ok(result);
}

interface Collected {
  headers: HeaderPair[];
  data: string[];
  warnings: string[];
}

function readOption(kind: string, option: string, value: string, into: Collected): string | undefined {
  switch (kind) {
    case 'header': {
      const colon = value.indexOf(':');
      if (colon <= 0) {
        into.warnings.push(`Ignored the header "${value}" (no "name: value").`);
        return undefined;
      }
      into.headers.push({ name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim() });
      return undefined;
    }
    case 'data':
    case 'json':
      if (value.startsWith('@'))
        return `The command reads its body from a file (${option} ${value}): paste the body itself instead.`;
      into.data.push(value);
      return undefined;
    case 'data-raw':
      into.data.push(value);
      return undefined;
    case 'data-urlencode':
      return `${option} sends a form, not JSON: the Responses API takes a JSON body (-d or --data-raw).`;
    case 'form':
    case 'upload':
      return `${option} uploads a file or form; the Responses API takes a JSON body (-d or --data-raw).`;
    case 'config':
      return `${option} reads options from a file; paste the full command instead.`;
    case 'bearer':
      into.headers.push({ name: 'Authorization', value: `Bearer ${value}` });
      return undefined;
    case 'user':
      into.warnings.push(`Ignored ${option} (user name and password): the playground sends a Bearer key.`);
      return undefined;
    case 'cookie':
      into.warnings.push(`Ignored ${option}: the playground sends no cookies.`);
      return undefined;
    default:
      return undefined;
  }
}

/** The Base URL for an endpoint URL: `https://h/v1/responses` → `https://h/v1` (query kept). */
function baseUrlOf(raw: string | undefined, warnings: string[]): string | undefined {
  if (!raw) {
    warnings.push('The command has no URL; Base URL is unchanged.');
    return undefined;
  }
  let text = raw;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (text.startsWith('/') || !/^[\w.-]+(:\d+)?(\/|$)/.test(text)) {
      warnings.push(`The URL ${raw} has no host; Base URL is unchanged.`);
      return undefined;
    }
    text = `http://${text}`; // curl's default for a bare host
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    warnings.push(`The URL ${raw} is not valid; Base URL is unchanged.`);
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.push(`The URL ${raw} is not http(s); Base URL is unchanged.`);
    return undefined;
  }
  url.username = '';
  url.password = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  const endpoint = /\/(responses|chat\/completions|completions|models|embeddings)$/.exec(path);
  if (endpoint?.[1] !== 'responses')
    warnings.push(
      `The command calls ${url.pathname}, not /v1/responses; the Base URL was taken from it anyway.`,
    );
  const root = endpoint ? path.slice(0, endpoint.index) : path;
  const canonical = canonicalBaseUrl(`${url.origin}${root}${url.search}`);
  if (!canonical.ok) {
    warnings.push(`The URL ${raw} is not valid (${canonical.error}); Base URL is unchanged.`);
    return undefined;
  }
  return canonical.value;
}
