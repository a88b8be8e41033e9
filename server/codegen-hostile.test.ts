/**
 * Hostile values (every quote, `$()`, backticks, `${}`, `#{}`, backslashes, line breaks, invisible and
 * non-ASCII characters: src/core/codegen/testing/hostile-corpus.ts) through every snippet this machine
 * can run, all values in one program per language. The HTTP clients are stubs that report what would
 * be sent (testing/codegen-stubs.ts). Each run must send exactly the request's URL, headers and body,
 * and nothing in a value may run: those that would, create a file named PWNED, which must not exist.
 * Languages without a runtime here are read back by their lexing rules in
 * src/core/codegen/snippets-hostile.test.ts.
 */
import { execFile } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateSnippet } from '../src/core/codegen/languages';
import { HOSTILE_ENV, hostileCodeRequest } from '../src/core/codegen/testing/hostile-corpus';
import {
  C_CURL_STUB,
  JAVA_STUB,
  NODE_FETCH_STUB,
  NODE_OPENAI_STUB,
  PYTHON_OPENAI_STUB,
  PYTHON_REQUESTS_STUB,
  readHexReport,
  RUST_REQWEST_STUB,
} from './testing/codegen-stubs';

const KEY = 'sk-hostile-test';
const request = hostileCodeRequest();
const exactBody = request.bodyText.trim();
/** The headers every snippet must send, as `Name: value` lines. */
const expectedHeaders = [
  `Authorization: Bearer ${KEY}`,
  'Content-Type: application/json',
  ...request.headers.map((h) => `${h.name}: ${h.env ? HOSTILE_ENV.value : h.value}`),
];
const headerMap = (lines: string[]) =>
  Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(': ')), l.slice(l.indexOf(': ') + 2)]));
/** JSON.parse keeps `__proto__` as a property; stringify then compares key order and values exactly. */
const sameJson = (value: unknown) => expect(JSON.stringify(value)).toBe(JSON.stringify(request.body));

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'codegen-hostile-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => {
  rmSync(join(dir, 'PWNED'), { force: true });
});

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      {
        cwd: dir,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? dir,
          OPENAI_API_KEY: KEY,
          [HOSTILE_ENV.name]: HOSTILE_ENV.value,
          ...env,
        },
        maxBuffer: 20_000_000,
      },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`${command} failed: ${stderr}\n${stdout}`));
        else resolve(stdout);
      },
    );
  });
}

const has = (command: string, args: string[]) =>
  run(command, args).then(
    () => true,
    () => false,
  );
const write = (name: string, text: string) => {
  const file = join(dir, name);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, text);
  return file;
};
const firstJson = (stdout: string) => JSON.parse(stdout.split('\n')[0] ?? '') as Record<string, unknown>;

function expectNothingRan() {
  expect(existsSync(join(dir, 'PWNED')), 'a value ran a command').toBe(false);
}

describe('curl, in every POSIX shell here', () => {
  beforeAll(() => {
    // curl itself is a stub that prints its arguments: what the shell handed it is what it would send.
    const curl = write(
      'bin/curl',
      '#!/usr/bin/env node\nconsole.log(JSON.stringify(process.argv.slice(2)));\n',
    );
    chmodSync(curl, 0o755);
  });
  for (const shell of ['bash', 'sh', 'dash', 'zsh']) {
    it(`${shell} passes every value to curl unchanged`, async (ctx) => {
      if (!(await has(shell, ['-c', 'true']))) return ctx.skip();
      const code = generateSnippet('curl', request);
      const out = await run(shell, ['-c', code], { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}` });
      expect(JSON.parse(out)).toEqual([
        request.url,
        ...expectedHeaders.flatMap((h) => ['-H', h]),
        '-d',
        exactBody,
      ]);
      expectNothingRan();
    });
  }
});

describe('JavaScript (node)', () => {
  it('fetch sends the URL, headers and body unchanged', async () => {
    const stub = write('fetch-stub.mjs', NODE_FETCH_STUB);
    const file = write('fetch.mjs', generateSnippet('js-fetch', request));
    const sent = firstJson(await run(process.execPath, ['--import', stub, file]));
    expect(sent.url).toBe(request.url);
    expect(sent.headers).toEqual(headerMap(expectedHeaders));
    sameJson(JSON.parse(sent.body as string));
    expectNothingRan();
  });

  it('the openai SDK gets the base URL, headers, query and body unchanged', async () => {
    write('sdk/node_modules/openai/package.json', '{"name":"openai","type":"module","exports":"./index.js"}');
    write('sdk/node_modules/openai/index.js', NODE_OPENAI_STUB);
    const file = write('sdk/openai.mjs', generateSnippet('js-openai', request));
    const { options, body } = firstJson(await run(process.execPath, [file])) as {
      options: Record<string, unknown>;
      body: unknown;
    };
    expect(options).toEqual({
      apiKey: KEY,
      baseURL: request.sdkBaseUrl,
      defaultHeaders: headerMap(expectedHeaders.slice(2)),
      defaultQuery: Object.fromEntries(request.query),
    });
    sameJson(body);
    expectNothingRan();
  });
});

describe('Python', () => {
  it('requests sends the URL, headers and body unchanged', async (ctx) => {
    if (!(await has('python3', ['--version']))) return ctx.skip();
    write('py/requests/__init__.py', PYTHON_REQUESTS_STUB);
    const file = write('requests_snippet.py', generateSnippet('python-requests', request));
    const sent = firstJson(await run('python3', [file], { PYTHONPATH: join(dir, 'py') }));
    expect(sent.url).toBe(request.url);
    expect(sent.headers).toEqual(headerMap(expectedHeaders));
    sameJson(sent.body);
    expectNothingRan();
  });

  it('the openai SDK gets the base URL, headers, query and body unchanged', async (ctx) => {
    if (!(await has('python3', ['--version']))) return ctx.skip();
    write('py/openai/__init__.py', PYTHON_OPENAI_STUB);
    const file = write('openai_snippet.py', generateSnippet('python-openai', request));
    const { options, body } = firstJson(await run('python3', [file], { PYTHONPATH: join(dir, 'py') })) as {
      options: Record<string, unknown>;
      body: Record<string, unknown>;
    };
    expect(options).toEqual({
      api_key: KEY,
      base_url: request.sdkBaseUrl,
      default_headers: headerMap(expectedHeaders.slice(2)),
      default_query: Object.fromEntries(request.query),
    });
    // The SDK takes known fields as keyword arguments: compare as a set of fields.
    expect(JSON.stringify(Object.fromEntries(Object.entries(body).sort()))).toBe(
      JSON.stringify(Object.fromEntries(Object.entries(request.body).sort())),
    );
    expectNothingRan();
  });
});

/** A compiled language: build with stubs, run, compare the hex report with the request. */
function expectReport(stdout: string) {
  const report = readHexReport(stdout);
  expect(report.url).toBe(request.url);
  expect(report.headers).toEqual(expectedHeaders);
  expect(report.body).toBe(exactBody);
  expectNothingRan();
}

describe('compiled languages, with stub HTTP clients', () => {
  it('Java compiles and sends every value unchanged', async (ctx) => {
    if (!(await has('java', ['-version']))) return ctx.skip();
    const code = generateSnippet('java', request).replace(/^import java\.net\..*\n/gm, '');
    const file = write('java/Main.java', code + JAVA_STUB);
    expectReport(await run('java', [file]));
  }, 120_000);

  it('C compiles (C11, so trigraphs count) and sends every value unchanged', async (ctx) => {
    if (!(await has('cc', ['--version']))) return ctx.skip();
    write('c/include/curl/curl.h', C_CURL_STUB);
    const file = write('c/main.c', generateSnippet('c', request));
    const binary = join(dir, 'c', 'main');
    await run('cc', [
      '-std=c11',
      '-Wall',
      '-Werror',
      '-Wno-unused-function',
      '-I',
      join(dir, 'c/include'),
      file,
      '-o',
      binary,
    ]);
    expectReport(await run(binary, []));
  }, 120_000);

  it('Rust compiles and sends every value unchanged', async (ctx) => {
    if (!(await has('rustc', ['--version']))) return ctx.skip();
    const file = write('rust/main.rs', generateSnippet('rust', request) + RUST_REQWEST_STUB);
    const binary = join(dir, 'rust', 'main');
    await run('rustc', ['--edition', '2021', '-o', binary, file], { PATH: process.env.PATH ?? '' });
    expectReport(await run(binary, []));
  }, 180_000);
});
