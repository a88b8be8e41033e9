import { canonicalBaseUrlChecked } from '../api/canonical-url';
import { checkImportedText } from '../import-limits';
import { prettyJson } from '../presets/json-text';
import { parseRequestText } from '../request/parse-request';
import { err, ok, type Result } from '../result';
import { parseErrorSaid, said, type Said } from '../said';
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
  /** What was ignored or assumed, for the user to read (`curl` messages). */
  warnings: Said[];
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
 * Fails, with a message for the user (a `curl` message), when the text is not a curl command, a quote is unclosed,
 * the body comes from a file or a form, or the body is not a JSON object.
 */
export function parseCurlCommand(text: string): Result<CurlImport, Said> {
  // The body inside is bounded again (nesting) by parseRequestText.
  const bounded = checkImportedText(text, 'The command', { json: false });
  if (!bounded.ok) return err(said('curl', 'tooLarge', { count: text.length, max: bounded.error.max }));
  const split = splitShellWords(text.trim().replace(/^\$\s+/, ''));
  if (!split.ok) return split;
  const start = split.value.words.findIndex((w) => /^curl(\.exe)?$/i.test(w));
  if (start < 0) return err(said('curl', 'notCurl'));
  const words = split.value.words.slice(start + 1);
  const warnings: Said[] = [];
  if (split.value.truncated) warnings.push(said('curl', 'truncated'));

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
      if (value === undefined) return err(said('curl', 'noValue', { option: word }));
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
        warnings.push(said('curl', 'ignoredOption', { option: word }));
    } else url ??= word;
  }

  if (data.length === 0) return err(said('curl', 'noBody'));
  if (method && method !== 'POST') warnings.push(said('curl', 'notPost', { method }));
  const bodyText = data.join('&');
  const parsed = parseRequestText(bodyText);
  if (!parsed.ok) {
    const { line, column } = parsed.error;
    return err(said('curl', 'bodyNotObject', { line, column, message: parseErrorSaid(parsed.error) }));
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
          warnings.push(key ? said('curl', 'placeholderKey', { key }) : said('curl', 'placeholderKeyEmpty'));
        else result.apiKey = key;
        continue;
      }
      warnings.push(said('curl', 'nonBearer'));
      result.headers.push(header);
    } else if (header.name.toLowerCase() === 'content-type' && !/json/i.test(header.value)) {
      warnings.push(said('curl', 'contentType', { value: header.value }));
    } else if (!DROPPED_HEADERS.test(header.name)) result.headers.push(header);
  }
  return ok(result);
}

interface Collected {
  headers: HeaderPair[];
  data: string[];
  warnings: Said[];
}

function readOption(kind: string, option: string, value: string, into: Collected): Said | undefined {
  switch (kind) {
    case 'header': {
      const colon = value.indexOf(':');
      if (colon <= 0) {
        into.warnings.push(said('curl', 'badHeader', { value }));
        return undefined;
      }
      into.headers.push({ name: value.slice(0, colon).trim(), value: value.slice(colon + 1).trim() });
      return undefined;
    }
    case 'data':
    case 'json':
      if (value.startsWith('@')) return said('curl', 'bodyFromFile', { option, value });
      into.data.push(value);
      return undefined;
    case 'data-raw':
      into.data.push(value);
      return undefined;
    case 'data-urlencode':
      return said('curl', 'urlencodedForm', { option });
    case 'form':
    case 'upload':
      return said('curl', 'uploadsFile', { option });
    case 'config':
      return said('curl', 'configFile', { option });
    case 'bearer':
      into.headers.push({ name: 'Authorization', value: `Bearer ${value}` });
      return undefined;
    case 'user':
      into.warnings.push(said('curl', 'userIgnored', { option }));
      return undefined;
    case 'cookie':
      into.warnings.push(said('curl', 'cookieIgnored', { option }));
      return undefined;
    default:
      return undefined;
  }
}

/** The Base URL for an endpoint URL: `https://h/v1/responses` → `https://h/v1` (query kept). */
function baseUrlOf(raw: string | undefined, warnings: Said[]): string | undefined {
  if (!raw) {
    warnings.push(said('curl', 'noUrl'));
    return undefined;
  }
  let text = raw;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    if (text.startsWith('/') || !/^[\w.-]+(:\d+)?(\/|$)/.test(text)) {
      warnings.push(said('curl', 'urlNoHost', { url: raw }));
      return undefined;
    }
    text = `http://${text}`; // curl's default for a bare host
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    warnings.push(said('curl', 'urlInvalid', { url: raw }));
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    warnings.push(said('curl', 'urlNotHttp', { url: raw }));
    return undefined;
  }
  url.username = '';
  url.password = '';
  url.hash = '';
  const path = url.pathname.replace(/\/+$/, '');
  const endpoint = /\/(responses|chat\/completions|completions|models|embeddings)$/.exec(path);
  if (endpoint?.[1] !== 'responses') warnings.push(said('curl', 'notResponsesPath', { path: url.pathname }));
  const root = endpoint ? path.slice(0, endpoint.index) : path;
  const canonical = canonicalBaseUrlChecked(`${url.origin}${root}${url.search}`);
  if (!canonical.ok) {
    warnings.push(said('curl', 'urlProblem', { url: raw, problem: canonical.error }));
    return undefined;
  }
  return canonical.value;
}
