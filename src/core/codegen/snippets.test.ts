import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { buildCodeRequest, type CodeRequest } from './code-request';
import { curlSnippet, shellQuote } from './curl-snippet';
import { generateSnippet, SNIPPET_LANGUAGES } from './languages';
import { jsLiteral } from './js-snippets';
import { pythonLiteral } from './python-snippets';
import { scanLiterals } from './testing/literal-scanner';

/** A body that trips every quoting rule: quotes, backslashes, `$`, `#{`, newlines, CJK, emoji. */
const TRICKY = `{
  "model": "gpt-4.1",
  "input": "it's \\"quoted\\" \\\\ back $HOME #{x} #$y \${z} ‘typo’ 你好 👋\\nline 2",
  "previous_response_id": "resp_123",
  "metadata": { "a": null, "b": [true, false, 1.5] },
  "stream": true
}
`;

function request(
  bodyText = TRICKY,
  headers = [
    { name: 'X-Team', value: 'blue' },
    { name: 'api-key', value: 'sk-header-secret' },
  ],
): CodeRequest {
  const result = buildCodeRequest({
    baseUrl: 'https://relay.test/openai?api-version=2025',
    bodyText,
    headers,
  });
  if (!result.ok) throw new Error(saidEnglish(result.error));
  return result.value;
}

const body = (text: string) => JSON.parse(text) as unknown;
const expected = body(TRICKY);

describe('buildCodeRequest', () => {
  it('derives the endpoint and SDK root from the base URL and masks credential headers', () => {
    const r = request();
    expect(r.url).toBe('https://relay.test/openai/v1/responses?api-version=2025');
    expect(r.sdkBaseUrl).toBe('https://relay.test/openai/v1');
    expect(r.query).toEqual([['api-version', '2025']]);
    expect(r.stream).toBe(true);
    expect(r.headers).toEqual([
      { name: 'X-Team', value: 'blue' },
      { name: 'api-key', value: '$API_KEY', env: 'API_KEY' },
    ]);
    expect(JSON.stringify(r)).not.toContain('sk-header-secret');
  });

  it('refuses invalid JSON and bad base URLs', () => {
    expect(buildCodeRequest({ baseUrl: 'https://x.test', bodyText: '{' }).ok).toBe(false);
    expect(buildCodeRequest({ baseUrl: 'ftp://x.test', bodyText: '{}' }).ok).toBe(false);
  });
});

describe('every language', () => {
  for (const language of SNIPPET_LANGUAGES) {
    it(`${language.label}: uses the connection's URL, a key placeholder, previous_response_id, and no secret`, () => {
      const code = generateSnippet(language.id, request());
      expect(code).toContain('relay.test/openai');
      expect(code).toMatch(/OPENAI_API_KEY/);
      expect(code).toContain('resp_123');
      expect(code).not.toContain('sk-header-secret');
      expect(code).toContain('X-Team');
      expect(code.endsWith('\n')).toBe(true);
    });
  }
  it('masks a key carried in the base URL query string, in every language', () => {
    const built = buildCodeRequest({
      baseUrl: 'https://relay.test/v1?key=sk-query-secret-1&tier=a',
      bodyText: '{}',
    });
    if (!built.ok) throw new Error(saidEnglish(built.error));
    for (const language of SNIPPET_LANGUAGES) {
      const code = generateSnippet(language.id, built.value);
      expect(code, language.label).not.toContain('sk-query-secret-1');
    }
  });
  it('rejects an unknown language', () => {
    expect(() => generateSnippet('cobol', request())).toThrow(/Unknown/);
  });
});

describe('body literals decode to the exact request', () => {
  const r = request();
  const exact = r.bodyText.trim();
  it('curl single-quotes the body and expands only the key', () => {
    const code = curlSnippet(r);
    expect(code).toContain(`-H "Authorization: Bearer $OPENAI_API_KEY"`);
    expect(code).toContain(`-H "api-key: $API_KEY"`);
    expect(code).toContain(`-d ${shellQuote(exact)}`);
    expect(code).toContain('-N');
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('plain-word')).toBe('plain-word');
  });
  it('every other language embeds the exact body text in one literal', () => {
    for (const language of ['go', 'java', 'c', 'rust', 'ruby', 'swift', 'php', 'csharp', 'powershell']) {
      const code = generateSnippet(language, r);
      expect(scanLiterals(language, code).literals, language).toContain(exact);
      expect(code, language).not.toContain('sk-header-secret');
    }
    expect(generateSnippet('powershell', r)).toContain("'Bearer ' + $env:OPENAI_API_KEY");
    expect(generateSnippet('ruby', r)).toContain('\\#{x}'); // no interpolation
  });
  it('JavaScript embeds the body as an object literal', () => {
    const js = generateSnippet('js-fetch', r);
    const literal = /JSON\.stringify\(([\s\S]*?)\),\n\}\);/.exec(js)?.[1] ?? '';
    expect(literal).toBe(jsLiteral(expected, '  '));
    // A plain `__proto__:` key would set the prototype instead of sending the property.
    // (server/codegen-hostile.test.ts runs it.)
    expect(jsLiteral(JSON.parse('{"__proto__":{"x":1}}'))).toBe('{\n  ["__proto__"]: {\n    x: 1\n  }\n}');
    expect(js).toContain('`Bearer ${process.env.OPENAI_API_KEY}`');
    expect(js).toContain('"api-key": process.env["API_KEY"]');
  });
  it('Python converts JSON values to Python literals', () => {
    expect(pythonLiteral({ a: null, b: [true, false, 1.5, 'x"y'], c: {}, d: [] })).toBe(
      '{\n    "a": None,\n    "b": [\n        True,\n        False,\n        1.5,\n        "x\\"y",\n    ],\n    "c": {},\n    "d": [],\n}',
    );
    const sdk = generateSnippet(
      'python-openai',
      request('{"model":"m","input":"hi","custom_relay_flag":true}'),
    );
    expect(sdk).toContain('model="m"');
    expect(sdk).toContain('extra_body={\n        "custom_relay_flag": True,\n    }');
    expect(sdk).toContain('base_url="https://relay.test/openai/v1"');
    expect(sdk).toContain('default_query={"api-version": "2025"}');
  });
  it('non-streamed requests print the JSON answer instead of reading events', () => {
    const plain = request('{"model":"m","input":"hi"}', []);
    expect(curlSnippet(plain)).not.toContain('-N');
    expect(generateSnippet('js-fetch', plain)).toContain('await response.json()');
    expect(generateSnippet('python-requests', plain)).not.toContain('stream=True');
  });
});
