/**
 * Values that break out of, or run code from, a badly quoted string in at least one language the
 * Code dialog writes: every quote character, interpolations of every shell and language, escapes that
 * other languages read differently, line breaks, invisible and bidi characters, non-ASCII text. Those
 * that would run something try to create a file named PWNED in the working directory.
 * Test-only: the snippet tests (unit and executed) feed all of them through every language at once.
 */
import type { CodeRequest } from '../code-request';

export const HOSTILE_VALUES: readonly string[] = [
  `'`,
  `"`,
  '`',
  '\\',
  `\\'`,
  `\\"`,
  `''`,
  `"""`,
  `'''`,
  '$(touch PWNED)',
  '`touch PWNED`',
  '${PWN}',
  '$PWN $$ $@ $? $!',
  '$env:PATH',
  '#{`touch PWNED`}',
  '#$PWN #@PWN',
  '\\(PWN)',
  '{PWN} {{PWN}}',
  '%PATH% %s%n',
  `'.touch('PWNED').'`,
  `"+__import__('os').system('touch PWNED')+"`,
  `"; touch PWNED; echo "`,
  `'; touch PWNED; '`,
  '$(New-Item PWNED)',
  '‘; touch PWNED; ’ ‚ ‛',
  '“$(touch PWNED)” „',
  '\\u0022 \\x27 \\u{27} \\047 \\n',
  "??/ ??= ??'",
  '*/ /* --> <!-- ?> <?php </script>',
  '\n',
  '\r\n',
  '\t',
  '\u2028\u2029',
  '\u202e\u2066 bidi \u2069\u202c',
  '\u200b\ufeff\u00ad',
  '\u0001\u001b\u007f\u0085',
  '你好 👋 é',
];

/** Every hostile value in one string (for places that hold one value, such as the URL). */
export const HOSTILE_JOINED = HOSTILE_VALUES.join(' ');

/** A header name made of every token character a language might read as code. */
export const HOSTILE_HEADER_NAME = "X-Tok'`$|^~!#&*+.%";

/** The env variable the credential header of {@link hostileCodeRequest} reads, and its value in tests. */
export const HOSTILE_ENV = { name: 'X_API_KEY', value: 'sk-env-header' };

/** The body text: every hostile value as a value and as a key, and a `__proto__` key. */
export function hostileBodyText(): string {
  const keys = HOSTILE_VALUES.map((v) => `    ${JSON.stringify(v)}: ${JSON.stringify(v)}`);
  return `{
  "model": "m",
  "input": ${JSON.stringify(HOSTILE_VALUES)},
  "__proto__": { "polluted": true },
  "metadata": {
${keys.join(',\n')}
  },
  "raw": "${HOSTILE_VALUES.map((v) => JSON.stringify(v).slice(1, -1)).join('')} ${'\u2028\u202e\ufeff'}"
}
`;
}

/**
 * A request whose every value is hostile, built directly (skipping buildCodeRequest's canonical URL
 * and header checks) so the snippets' own escaping is what is tested.
 */
export function hostileCodeRequest(): CodeRequest {
  const bodyText = hostileBodyText();
  return {
    url: `https://h.test/${HOSTILE_JOINED}/v1/responses?q=${HOSTILE_JOINED}`,
    sdkBaseUrl: `https://h.test/${HOSTILE_JOINED}/v1`,
    query: [
      ['q', HOSTILE_JOINED],
      [HOSTILE_JOINED, 'k'],
    ],
    bodyText,
    body: JSON.parse(bodyText) as CodeRequest['body'],
    stream: false,
    headers: [
      ...HOSTILE_VALUES.map((value, i) => ({ name: `X-H${i}`, value })),
      { name: HOSTILE_HEADER_NAME, value: 'token-name' },
      { name: 'X-Api-Key', value: `$${HOSTILE_ENV.name}`, env: HOSTILE_ENV.name },
    ],
  };
}

/** The same shape with harmless values: its code must have the same structure as the hostile one. */
export function benignCodeRequest(): CodeRequest {
  const hostile = hostileCodeRequest();
  return {
    ...hostile,
    url: 'https://h.test/p/v1/responses?q=v',
    sdkBaseUrl: 'https://h.test/p/v1',
    query: hostile.query.map(() => ['k', 'v']),
    bodyText: '{"model": "m"}',
    body: { model: 'm' },
    headers: hostile.headers.map((h, i) => (h.env ? h : { name: `X-B${i}`, value: 'v' })),
  };
}
