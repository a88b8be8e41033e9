/**
 * Runs the Code dialog's snippets for real: curl through bash, the JavaScript ones through node
 * (the openai SDK ones with the installed `openai` package), and, where the machine has them,
 * Python (`requests`; the SDK one against a recording stand-in for `openai`) and Java, all against
 * the demo backend on an ephemeral port. Each run must succeed and send the editor's body.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { saidEnglish } from '../src/core/said-english';
import { buildCodeRequest } from '../src/core/codegen/code-request';
import { generateSnippet } from '../src/core/codegen/languages';
import { BUILTIN_PRESETS } from '../src/core/presets/builtin-presets';
import { createDemoBackend } from './demo';
import { toNodeListener } from './node-adapter';

interface Recorded {
  path: string;
  authorization: string | null;
  team: string | null;
  body: string;
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const KEY = 'sk-exec-test-key';
/**
 * What each snippet run sent, by run id. Every run gets its own base URL (`/<run id>/demo/v1`), so a
 * request that arrives late (a snippet still running when its test gave up) can never be counted
 * as another test's.
 */
const recorded = new Map<string, Recorded[]>();
let server: Server;
let origin: string;
let runs = 0;
const baseUrlOf = (runId: string) => `${origin}/${runId}/demo/v1`;
// Inside the project, so `import OpenAI from 'openai'` resolves from node_modules.
const workDir = join(process.cwd(), 'node_modules', '.cache', 'codegen-exec');
let tmp: string;

beforeAll(async () => {
  const demo = createDemoBackend({ basePath: '/demo', defaultPaceMs: 0 });
  server = createServer(
    toNodeListener(async (request) => {
      const body = request.method === 'POST' ? await request.text() : '';
      const url = new URL(request.url);
      const [, runId = '', ...rest] = url.pathname.split('/');
      url.pathname = `/${rest.join('/')}`;
      const log = recorded.get(runId) ?? [];
      recorded.set(runId, log);
      log.push({
        path: url.pathname + url.search,
        authorization: request.headers.get('authorization'),
        team: request.headers.get('x-team'),
        body,
      });
      return demo(
        new Request(url, {
          method: request.method,
          headers: request.headers,
          body: body || undefined,
        }),
      );
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  mkdirSync(workDir, { recursive: true });
  tmp = mkdtempSync(join(tmpdir(), 'codegen-exec-'));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  rmSync(tmp, { recursive: true, force: true });
  rmSync(workDir, { recursive: true, force: true });
});

function run(command: string, args: string[], env: Record<string, string> = {}, cwd = tmp): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd,
        env: {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? tmp,
          OPENAI_API_KEY: KEY,
          API_KEY: 'sk-header',
          ...env,
        },
        timeout: 60_000,
        maxBuffer: 20_000_000,
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

async function has(command: string, args: string[]): Promise<boolean> {
  return (await run(command, args)).code === 0;
}

function snippet(language: string, bodyText: string, runId: string): string {
  const request = buildCodeRequest({
    baseUrl: baseUrlOf(runId),
    bodyText,
    headers: [{ name: 'X-Team', value: 'blue' }],
  });
  if (!request.ok) throw new Error(saidEnglish(request.error));
  return generateSnippet(language, request.value);
}

/** Runs a snippet, expects success and returns the body the server received from it. */
async function exec(
  language: string,
  bodyText: string,
  runner: (code: string) => Promise<Run>,
): Promise<{ out: string; sent: Recorded }> {
  const runId = `run-${++runs}`;
  const result = await runner(snippet(language, bodyText, runId));
  expect(result.code, `${language} failed:\n${result.stderr}\n${result.stdout}`).toBe(0);
  const sent = (recorded.get(runId) ?? []).filter((r) => r.path.endsWith('/responses'));
  expect(sent).toHaveLength(1);
  return { out: result.stdout, sent: sent[0] as Recorded };
}

const bash = (code: string) => run('bash', ['-c', code]);
const nodeFile = (code: string) => {
  const file = join(workDir, `snippet-${runs}-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return run(process.execPath, [file], {}, workDir);
};

const STREAMED = `{
  "model": "gpt-4.1-mini",
  "input": "Say hi — it's \\"quoted\\", $HOME stays, 你好 👋",
  "stream": true
}
`;
const PLAIN =
  '{\n  "model": "gpt-4.1-mini",\n  "input": "Plain JSON answer, please.",\n  "temperature": 1.50\n}\n';
const SEED = BUILTIN_PRESETS[0]?.requestText ?? '';

// Each test starts real processes (bash, node, python, a JDK): on a busy machine that takes a
// while, and a test that gave up early would leave its snippet running.
vi.setConfig({ testTimeout: 120_000 });

describe('curl snippets run in bash', () => {
  it('stream the answer and send exactly the editor body, the key from $OPENAI_API_KEY', async () => {
    const { out, sent } = await exec('curl', STREAMED, bash);
    expect(out).toContain('event: response.completed');
    expect(sent.body).toBe(STREAMED.trim());
    expect(sent.authorization).toBe(`Bearer ${KEY}`);
    expect(sent.team).toBe('blue');
  });

  it('get a plain JSON answer without stream, and function calls for the seed request', async () => {
    const plain = await exec('curl', PLAIN, bash);
    expect(JSON.parse(plain.out)).toMatchObject({ object: 'response', status: 'completed' });
    expect(plain.sent.body).toBe(PLAIN.trim());
    const seed = await exec('curl', SEED, bash);
    const answer = JSON.parse(seed.out) as { output: { type: string; name: string }[] };
    expect(answer.output.map((o) => o.name)).toEqual([
      'random_generator',
      'system_info',
      'math_calculator',
      'current_time',
    ]);
  });

  it('export a tool-output turn with its previous_response_id, which the backend accepts', async () => {
    const first = await exec('curl', SEED, bash);
    const response = JSON.parse(first.out) as { id: string; output: { call_id: string }[] };
    const turn = JSON.stringify(
      {
        model: 'gpt-4.1',
        previous_response_id: response.id,
        input: response.output.map((o) => ({
          type: 'function_call_output',
          call_id: o.call_id,
          output: '{"ok":true}',
        })),
        stream: true,
      },
      null,
      2,
    );
    const { out, sent } = await exec('curl', turn, bash);
    expect(out).toContain('event: response.completed');
    expect(out).not.toContain('previous_response_not_found');
    expect(JSON.parse(sent.body)).toMatchObject({ previous_response_id: response.id });
  });
});

describe('JavaScript snippets run in node', () => {
  it('fetch reads the event stream and prints the text', async () => {
    const { out, sent } = await exec('js-fetch', STREAMED, nodeFile);
    expect(out).toMatch(/resp_\w+ completed/);
    expect(out.length).toBeGreaterThan(40);
    expect(JSON.parse(sent.body)).toEqual(JSON.parse(STREAMED));
    expect(sent.authorization).toBe(`Bearer ${KEY}`);
    expect(sent.team).toBe('blue');
  });

  it('fetch prints function calls and plain JSON answers', async () => {
    const seed = await exec('js-fetch', SEED.replace('"model"', '"stream": true,\n  "model"'), nodeFile);
    expect(seed.out).toContain('math_calculator({"a":123.5,"b":456.7,"operation":"add"})');
    const plain = await exec('js-fetch', PLAIN, nodeFile);
    expect(JSON.parse(plain.out)).toMatchObject({ status: 'completed' });
  });

  it('the openai SDK streams and answers plain requests through the base URL', async () => {
    const streamed = await exec('js-openai', STREAMED, nodeFile);
    expect(streamed.out).toMatch(/resp_\w+ completed/);
    expect(JSON.parse(streamed.sent.body)).toEqual(JSON.parse(STREAMED));
    expect(streamed.sent.authorization).toBe(`Bearer ${KEY}`);
    expect(streamed.sent.team).toBe('blue');
    const plain = await exec('js-openai', PLAIN, nodeFile);
    expect(plain.out).toMatch(/^resp_\w+ completed/);
  });
});

describe('Python snippets', () => {
  it('requests streams the answer (when requests is installed)', async (ctx) => {
    if (!(await has('python3', ['-c', 'import requests']))) return ctx.skip();
    const file = join(tmp, 'requests_snippet.py');
    const { out, sent } = await exec('python-requests', STREAMED, async (code) => {
      writeFileSync(file, code);
      return run('python3', [file]);
    });
    expect(out).toMatch(/你好|resp_\w+ completed/);
    expect(out).toMatch(/resp_\w+ completed/);
    expect(JSON.parse(sent.body)).toEqual(JSON.parse(STREAMED));
    expect(sent.authorization).toBe(`Bearer ${KEY}`);
  });

  it('the openai SDK call passes the exact body (checked with a recording stand-in for openai)', async (ctx) => {
    if (!(await has('python3', ['--version']))) return ctx.skip();
    const shim = join(tmp, 'shim', 'openai');
    mkdirSync(shim, { recursive: true });
    writeFileSync(
      join(shim, '__init__.py'),
      [
        'import json',
        'class _Responses:',
        '    def __init__(self, client): self.client = client',
        '    def create(self, extra_body=None, **kwargs):',
        '        body = dict(kwargs); body.update(extra_body or {})',
        '        print(json.dumps({"base_url": self.client.base_url, "api_key": self.client.api_key, "headers": self.client.default_headers, "body": body}))',
        '        return [] if body.get("stream") else type("R", (), {"id": "resp_x", "status": "completed", "output_text": "ok"})()',
        'class OpenAI:',
        '    def __init__(self, api_key=None, base_url=None, default_headers=None, default_query=None):',
        '        self.api_key, self.base_url, self.default_headers = api_key, base_url, default_headers',
        '        self.responses = _Responses(self)',
      ].join('\n'),
    );
    const body =
      '{"model":"m","input":[{"role":"user","content":"hi \\"there\\" 你好"}],"tools":[],"metadata":{"a":null},"relay_flag":true,"stream":true}';
    const code = snippet('python-openai', body, 'shim');
    const file = join(tmp, 'openai_snippet.py');
    writeFileSync(file, code);
    const result = await run('python3', [file], { PYTHONPATH: join(tmp, 'shim') });
    expect(result.code, result.stderr).toBe(0);
    const call = JSON.parse(result.stdout.trim().split('\n')[0] ?? '') as Record<string, unknown>;
    expect(call).toEqual({
      base_url: baseUrlOf('shim'),
      api_key: KEY,
      headers: { 'X-Team': 'blue' },
      body: JSON.parse(body) as unknown,
    });
  });
});

describe('Java snippet (java.net.http)', () => {
  it('compiles and runs when a JDK is installed', async (ctx) => {
    if (!(await has('java', ['-version']))) return ctx.skip();
    const dir = mkdtempSync(join(tmp, 'java-'));
    const { out, sent } = await exec('java', PLAIN, async (code) => {
      writeFileSync(join(dir, 'Main.java'), code);
      return run('java', [join(dir, 'Main.java')]);
    });
    expect(JSON.parse(out)).toMatchObject({ status: 'completed' });
    expect(sent.body).toBe(PLAIN.trim());
    expect(sent.authorization).toBe(`Bearer ${KEY}`); // read from $OPENAI_API_KEY, never written in the code
  }, 60_000);
});
