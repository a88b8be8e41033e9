import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDemoBackend } from '../demo';
import { toNodeListener } from '../node-adapter';
import { EXIT, runCli } from './run';

const WEATHER_TOOL = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};
const TESTS = [
  { name: 'weather', input: "What's the weather in Paris?", expect: ['get_weather'] },
  { name: 'small talk', input: 'Tell me a joke', expect: [] },
];

function presetFile(metadata: Record<string, string> = {}, tests: unknown[] = TESTS): string {
  return JSON.stringify({
    format: 'responses-playground.presets',
    version: 2,
    presets: [
      { name: 'No tests here', request: { model: 'm', input: 'hi' } },
      { name: 'Weather', request: { model: 'gpt-4.1', input: 'x', tools: [WEATHER_TOOL], metadata }, tests },
    ],
  });
}

let dir: string;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tool-tests-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
// A fresh demo backend per test: the invalid-arguments share is counted per backend.
beforeEach(async () => {
  server = createServer(toNodeListener(createDemoBackend({ defaultPaceMs: 0 })));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/demo/v1`;
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
});

async function cli(args: string[], file = presetFile(), env: Record<string, string> = {}) {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, file);
  let stdout = '';
  let stderr = '';
  const code = await runCli(
    args.map((a) => (a === '<file>' ? path : a)),
    {
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      env,
    },
  );
  return { code, stdout, stderr };
}

describe('tool-tests CLI against the demo backend', () => {
  it('passes when the model calls exactly the expected tools with valid arguments', async () => {
    const { code, stdout } = await cli(['<file>', '--base-url', baseUrl]);
    expect(stdout).toMatch(/Weather · gpt-4\.1 · 1 run each · tools [0-9a-f]{12}/);
    expect(stdout).toMatch(/1\s+weather\s+pass\s+1\/1 \(100%\)/);
    expect(stdout).toMatch(/2\s+small talk\s+pass\s+1\/1 \(100%\)/);
    expect(stdout).toContain('2 of 2 tests passed.');
    expect(code).toBe(EXIT.passed);
  });

  it('fails, saying why, when arguments break the tool’s schema', async () => {
    const { code, stdout } = await cli(
      ['<file>', '--base-url', baseUrl],
      presetFile({ demo_invalid_args: 'get_weather' }),
    );
    expect(stdout).toMatch(
      /1\s+weather\s+fail\s+0\/1 \(0%\).*get_weather arguments break its schema \(1\): \/city must be string/,
    );
    expect(stdout).toContain('✗ /city must be string');
    expect(stdout).toContain('1 of 2 tests passed.');
    expect(code).toBe(EXIT.failed);
  });

  it('gives a pass rate over N runs, and --model replaces the preset’s model', async () => {
    const { code, stdout } = await cli(
      ['<file>', '--base-url', baseUrl, '--runs', '4', '--concurrency', '2', '--model', 'demo-model'],
      presetFile({ demo_invalid_args: '0.5' }, [TESTS[0]]),
    );
    expect(stdout).toContain('Weather · demo-model · 4 runs each');
    expect(stdout).toMatch(
      /weather\s+fail\s+2\/4 \(50%\).*2 of 4 runs failed: get_weather arguments break its schema/,
    );
    expect(code).toBe(EXIT.failed);
  });

  it('fails a test whose expected tool was not called, or that called one when none was expected', async () => {
    const tests = [
      { input: 'Tell me a joke', expect: ['get_weather'] },
      { input: 'Weather in Rome?', expect: [] },
    ];
    const { code, stdout } = await cli(['<file>', '--base-url', baseUrl], presetFile({}, tests));
    expect(stdout).toMatch(/Tell me a joke\s+fail.*not called: get_weather/);
    expect(stdout).toMatch(/Weather in Rome\?\s+fail.*unexpected call: get_weather/);
    expect(code).toBe(EXIT.failed);
  });

  it('sends OPENAI_API_KEY as a bearer token and never prints it', async () => {
    const seen: string[] = [];
    const key = 'sk-test-1234567890';
    const path = join(dir, 'key.json');
    await writeFile(path, presetFile({}, [{ input: 'x', expect: [] }]));
    let stdout = '';
    const code = await runCli([path, '--base-url', baseUrl.replace('/demo/v1', '/nowhere/v1')], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      env: { OPENAI_API_KEY: key },
      fetch: (_input, init) => {
        seen.push(new Headers(init?.headers).get('authorization') ?? '');
        return Promise.resolve(
          new Response(JSON.stringify({ error: { message: `Incorrect API key provided: ${key}` } }), {
            status: 401,
            headers: { 'content-type': 'application/json' },
          }),
        );
      },
    });
    expect(seen).toEqual([`Bearer ${key}`]);
    expect(stdout).toContain('request failed');
    expect(stdout).not.toContain(key);
    expect(code).toBe(EXIT.failed);
  });
});

describe('tool-tests CLI: usage and configuration errors exit with 2', () => {
  it.each([
    [[], /exactly one preset file/],
    [['<file>'], /--base-url is required/],
    [['<file>', '--base-url', 'ftp://x'], /--base-url: .*http/],
    [
      ['<file>', '--base-url', 'http://127.0.0.1:1/v1', '--runs', '0'],
      /--runs must be a whole number from 1 to 100/,
    ],
    [['<file>', '--base-url', 'http://127.0.0.1:1/v1', '--bogus'], /Unknown option '--bogus'/],
    [['<file>', '--base-url', 'http://127.0.0.1:1/v1', '--preset', 'Nope'], /no preset named "Nope"/],
    [['<file>', '--base-url', 'http://127.0.0.1:1/v1', '--preset', 'No tests here'], /holds no tool tests/],
    [['/no/such/file.json', '--base-url', 'http://127.0.0.1:1/v1'], /cannot read/],
  ])('%j', async (args, message) => {
    const { code, stderr } = await cli(args);
    expect(stderr).toMatch(message);
    expect(code).toBe(EXIT.usage);
  });

  it('refuses a file that is not a valid preset file, listing its problems', async () => {
    const { code, stderr } = await cli(
      ['<file>', '--base-url', baseUrl],
      presetFile({}, [{ input: '', expect: [] }]),
    );
    expect(stderr).toContain('Preset 2 ("Weather"), test 1: "input" is empty.');
    expect(code).toBe(EXIT.usage);
  });

  it('sets the process exit code (npm run tool-tests)', async () => {
    const code = await new Promise<number | null>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', 'server/tool-tests/main.ts', '--runs', 'x'], (error) =>
        resolve(error ? ((error as { code?: number }).code ?? null) : 0),
      );
    });
    expect(code).toBe(EXIT.usage);
  });
});
