/*
 * Languages written by @scalar/snippetz (MIT, Scalar's maintained successor of httpsnippet; browser
 * ready: WHATWG URL, no Node built-ins). Each plugin is imported on its own so only these ship.
 *
 * Its plugins differ in how they embed a body: some re-create the JSON as a native literal, some
 * embed the JSON text as a string. For each language we use the mode whose output was checked to be
 * correct (see snippets.test.ts), and patch the few escaping gaps found:
 * - Swift embeds text without escaping: we hand it text already escaped for a Swift string.
 * - PowerShell embeds text in single quotes without doubling `'`: we double quote characters first.
 * - Ruby embeds a double-quoted string, where `#{`, `#$`, `#@` would interpolate: we escape `#`.
 * Kotlin (`$` interpolates), Dart (raw strings cannot hold `'`), Objective-C (no escaping), raw HTTP
 * and Python http.client (both drop the port) are not offered.
 */
import { cLibcurl } from '@scalar/snippetz/plugins/c/libcurl';
import { csharpHttpclient } from '@scalar/snippetz/plugins/csharp/httpclient';
import { goNative } from '@scalar/snippetz/plugins/go/native';
import { javaNethttp } from '@scalar/snippetz/plugins/java/nethttp';
import { phpGuzzle } from '@scalar/snippetz/plugins/php/guzzle';
import { powershellRestmethod } from '@scalar/snippetz/plugins/powershell/restmethod';
import { rubyNative } from '@scalar/snippetz/plugins/ruby/native';
import { rustReqwest } from '@scalar/snippetz/plugins/rust/reqwest';
import { swiftNsurlsession } from '@scalar/snippetz/plugins/swift/nsurlsession';
import { KEY_ENV, KEY_PLACEHOLDER, type CodeRequest } from './code-request';

type Plugin = typeof goNative;
type BodyMode = 'json' | 'text';

interface LibraryTarget {
  plugin: Plugin;
  mode: BodyMode;
  comment: string;
  /** The value written for the key (a literal placeholder, or the language's own env lookup). */
  key?: string;
  /** Prepares the body text for a plugin that embeds it without escaping. */
  escapeText?: (text: string) => string;
  fix?: (code: string) => string;
}

/** Escapes text for the inside of a Swift "…" string literal. */
export function swiftStringContent(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  return text.replace(/[\\"\n\r\t\0]|[\u0001-\u001f\u007f]/g, (c) => {
    const named: Record<string, string> = {
      '\\': '\\\\',
      '"': '\\"',
      '\n': '\\n',
      '\r': '\\r',
      '\t': '\\t',
      '\0': '\\0',
    };
    return named[c] ?? `\\u{${c.charCodeAt(0).toString(16)}}`;
  });
}

/** Doubles PowerShell's quote characters (ASCII and typographic) for a '…' string. */
export const powershellSingleQuoted = (text: string) => text.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&');

/** In the Ruby double-quoted body literal only, `#` → `\#` so `#{…}`, `#$x`, `#@x` stay literal. */
function fixRubyBody(code: string): string {
  return code.replace(
    /^(request\.body = )(".*")$/m,
    (_, lead: string, literal: string) => lead + literal.replace(/#/g, '\\#'),
  );
}

const TARGETS = {
  go: { plugin: goNative, mode: 'json', comment: '//' },
  java: { plugin: javaNethttp, mode: 'json', comment: '//' },
  php: { plugin: phpGuzzle, mode: 'text', comment: '//' },
  csharp: { plugin: csharpHttpclient, mode: 'json', comment: '//' },
  ruby: { plugin: rubyNative, mode: 'text', comment: '#', fix: fixRubyBody },
  swift: { plugin: swiftNsurlsession, mode: 'text', comment: '//', escapeText: swiftStringContent },
  c: { plugin: cLibcurl, mode: 'text', comment: '//' },
  rust: { plugin: rustReqwest, mode: 'text', comment: '//' },
  powershell: {
    plugin: powershellRestmethod,
    mode: 'text',
    comment: '#',
    key: `$env:${KEY_ENV}`,
    escapeText: powershellSingleQuoted,
  },
} satisfies Record<string, LibraryTarget>;

export type LibraryLanguage = keyof typeof TARGETS;

/** The snippet for a library-backed language, with a first comment line saying where the key goes. */
export function librarySnippet(language: LibraryLanguage, request: CodeRequest): string {
  const target: LibraryTarget = TARGETS[language];
  const key = target.key ?? KEY_PLACEHOLDER;
  const headers = [
    { name: 'Authorization', value: `Bearer ${key}` },
    { name: 'Content-Type', value: 'application/json' },
    ...request.headers.map((h) => ({ name: h.name, value: h.env && target.key ? `$env:${h.env}` : h.value })),
  ];
  const text = request.bodyText.trim();
  const code = target.plugin.generate({
    method: 'POST',
    // The endpoint with the base URL's query string, as sent.
    url: request.url,
    headers,
    postData: {
      mimeType: target.mode === 'json' ? 'application/json' : 'text/plain',
      text: target.escapeText ? target.escapeText(text) : text,
    },
  });
  const fixed = target.fix ? target.fix(code) : code;
  const where = target.key
    ? `Set the environment variable ${KEY_ENV} to your API key.`
    : `Replace ${KEY_PLACEHOLDER} with your API key (or read it from the environment).`;
  return `${target.comment} ${where}\n${fixed.trimEnd()}\n`;
}
