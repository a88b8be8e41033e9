import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { BUILTIN_PRESETS } from '../presets/builtin-presets';
import { buildCodeRequest } from './code-request';
import { parseCurlCommand, type CurlImport } from './curl-parse';
import { curlSnippet } from './curl-snippet';
import seedRelative from './fixtures/seed-curl-1.sh?raw';
import seedCompact from './fixtures/seed-curl-2.sh?raw';
import seedBlankLine from './fixtures/seed-curl-3.sh?raw';

/** The import, its warnings in English. */
function parsed(text: string): Omit<CurlImport, 'warnings'> & { warnings: string[] } {
  const result = parseCurlCommand(text);
  if (!result.ok) throw new Error(saidEnglish(result.error));
  return { ...result.value, warnings: result.value.warnings.map(saidEnglish) };
}
function refused(text: string): string {
  const result = parseCurlCommand(text);
  if (result.ok) throw new Error('expected the command to be refused');
  return saidEnglish(result.error);
}

const SEED_BODY = JSON.parse(BUILTIN_PRESETS[0]?.requestText ?? '') as unknown;

describe('parseCurlCommand on the relay docs’ commands', () => {
  it('reads the full-URL seed: base URL, body, no key (the command holds a placeholder)', () => {
    const result = parsed(seedCompact);
    expect(result.baseUrl).toBe('https://az.gptplus5.com/v1');
    expect(result.apiKey).toBeUndefined();
    expect(result.headers).toEqual([]); // Accept and Content-Type are the app's own
    expect(JSON.parse(result.bodyText)).toEqual(SEED_BODY);
    expect(result.bodyText).toMatch(/^\{\n {2}"input": \[\n {4}\{/);
    expect(result.warnings).toEqual([
      'The key in the command is a placeholder (<token>): enter your own in API key.',
    ]);
  });

  it('reads the seed with a whitespace-only line inside the body', () => {
    const result = parsed(seedBlankLine);
    expect(result.baseUrl).toBe('https://juaiplus.com/v1');
    expect(JSON.parse(result.bodyText)).toEqual(SEED_BODY);
  });

  it('keeps the Base URL when the seed has only a path', () => {
    const result = parsed(seedRelative);
    expect(result.baseUrl).toBeUndefined();
    expect(JSON.parse(result.bodyText)).toEqual(SEED_BODY);
    expect(result.warnings).toContain('The URL /v1/responses has no host; Base URL is unchanged.');
    expect(result.warnings.join('\n')).toMatch(/placeholder \(\{\{YOUR_API_KEY\}\}\)/);
  });
});

describe('parseCurlCommand', () => {
  it('takes a real key for the key field, and keeps other headers', () => {
    const result = parsed(
      `curl -sS https://relay.test/openai/v1/responses?api-version=2 -H "Authorization: Bearer sk-live-123" -H 'X-Team: a b' -H 'User-Agent: x' -d '{"model":"m"}'`,
    );
    expect(result).toEqual({
      baseUrl: 'https://relay.test/openai/v1?api-version=2',
      apiKey: 'sk-live-123',
      headers: [{ name: 'X-Team', value: 'a b' }],
      bodyText: '{\n  "model": "m"\n}\n',
      warnings: [],
    });
  });

  it('knows the usual placeholders are not keys', () => {
    for (const key of [
      '$OPENAI_API_KEY',
      '${OPENAI_API_KEY}',
      '<token>',
      '{{YOUR_API_KEY}}',
      'sk-...',
      '********',
      'YOUR_API_KEY',
      'your api key',
    ])
      expect(
        parsed(`curl https://x.test/v1/responses -H 'Authorization: Bearer ${key}' -d '{}'`).apiKey,
        key,
      ).toBeUndefined();
  });

  it('understands shell quoting and continuations', () => {
    const result = parsed(
      [
        `$ curl -XPOST "https://x.test/v1/responses" \\`,
        `  -H"Content-Type: application/json" \\`,
        `  --data-raw $'{"input":"it\\'s \\u00e9\\\\n","model":"m"}' | jq .`,
      ].join('\n'),
    );
    expect(JSON.parse(result.bodyText)).toEqual({ input: "it's é\n", model: 'm' });
    expect(result.warnings).toEqual([expect.stringMatching(/Ignored what follows/)]);
    const dq = parsed(`curl https://x.test/v1/responses -d "{\\"input\\":\\"\\$HOME\\"}"`);
    expect(JSON.parse(dq.bodyText)).toEqual({ input: '$HOME' });
    const cmd = parsed(`curl https://x.test/v1/responses ^\n -d '{"model":"m"}'`);
    expect(JSON.parse(cmd.bodyText)).toEqual({ model: 'm' });
  });

  it('keeps literals as written', () => {
    expect(parsed(`curl x.test/v1/responses --json '{"t":1.50,"n":12345678901234567890}'`).bodyText).toBe(
      '{\n  "t": 1.50,\n  "n": 12345678901234567890\n}\n',
    );
  });

  it('reads back what the code export writes', () => {
    const body = '{\n  "model": "m",\n  "input": "it\'s $HOME 你好",\n  "stream": true\n}\n';
    const request = buildCodeRequest({ baseUrl: 'https://x.test/api', bodyText: body });
    if (!request.ok) throw new Error(saidEnglish(request.error));
    const result = parsed(curlSnippet(request.value));
    expect(result.baseUrl).toBe('https://x.test/api/v1');
    expect(result.bodyText).toBe(body);
    expect(result.apiKey).toBeUndefined(); // "$OPENAI_API_KEY" stays a placeholder
  });

  it('canonicalises the base URL: what a path should not carry raw is percent-encoded', () => {
    const result = parsed(`curl "https://evil.example/a'.touch('x').'\\$(id)/v1/responses" -d '{}'`);
    expect(result.baseUrl).toBe('https://evil.example/a%27.touch%28%27x%27%29.%27%24%28id%29/v1');
    const badHost = parsed(`curl 'https://a$(id).test/v1/responses' -d '{}'`);
    expect(badHost.baseUrl).toBeUndefined();
    expect(badHost.warnings.join(' ')).toMatch(/host name/);
  });

  it('notes what it ignores or assumes', () => {
    const result = parsed(
      `curl --compressed -u me:pw -b a=1 -X PUT --frobnicate https://x.test/v1/chat/completions -H 'Content-Type: text/plain' -d '{}'`,
    );
    expect(result.baseUrl).toBe('https://x.test/v1');
    expect(result.warnings).toEqual([
      expect.stringMatching(/Ignored -u/),
      expect.stringMatching(/Ignored -b/),
      'Ignored the option --frobnicate.',
      expect.stringMatching(/uses PUT/),
      expect.stringMatching(/calls \/v1\/chat\/completions/),
      expect.stringMatching(/Ignored Content-Type text\/plain/),
    ]);
  });

  it('refuses what it cannot import, saying why', () => {
    expect(refused('wget https://x.test')).toMatch(/start with "curl"/);
    expect(refused(`curl https://x.test/v1/responses -d '{"model":`)).toMatch(/unclosed ' quote/);
    expect(refused('curl https://x.test/v1/responses -d "{')).toMatch(/unclosed " quote/);
    expect(refused('curl https://x.test/v1/responses')).toMatch(/no body/);
    expect(refused('curl https://x.test/v1/responses -d @body.json')).toMatch(/from a file/);
    expect(refused('curl https://x.test/v1/responses -F file=@a.pdf')).toMatch(/uploads a file or form/);
    expect(refused(`curl https://x.test/v1/responses -d '{"model": }'`)).toMatch(
      /^The body is not a JSON object \(line 1, column 11/,
    );
    expect(refused(`curl https://x.test/v1/responses -d '[1]'`)).toMatch(/not a JSON object/);
    expect(refused('curl https://x.test/v1/responses -H')).toMatch(/-H has no value/);
  });
});
