import { describe, expect, it } from 'vitest';
import { SERVER_PROBE_HEADER } from '../core/hosting';
import { answersRequest, demoBasePath, whenBodyEnds } from './demo-routing';

const scope = 'https://u.github.io/repo/';
const req = (url: string, headers: Record<string, string> = {}) => ({ url, headers: new Headers(headers) });

describe('demoBasePath', () => {
  it('puts the demo under the scope', () => {
    expect(demoBasePath(scope)).toBe('/repo/demo');
    expect(demoBasePath('http://127.0.0.1:4402/')).toBe('/demo');
  });
});

describe('answersRequest', () => {
  it('answers the demo under its own scope only', () => {
    expect(answersRequest(req('https://u.github.io/repo/demo/v1/responses'), scope)).toBe(true);
    expect(answersRequest(req('https://u.github.io/repo/demo/v1/responses/resp_1'), scope)).toBe(true);
  });
  it('leaves every other URL to the network', () => {
    for (const url of [
      'https://u.github.io/repo/',
      'https://u.github.io/repo/index.html',
      'https://u.github.io/repo/assets/index.js',
      'https://u.github.io/repo/playground.json',
      'https://u.github.io/other/demo/v1/responses',
      'https://u.github.io/demo/v1/responses',
      'https://api.openai.com/v1/responses',
      'http://127.0.0.1:4401/relay/v1/responses',
    ])
      expect(answersRequest(req(url), scope), url).toBe(false);
  });
  it('lets the start-up probe through to the real server', () => {
    expect(
      answersRequest(req('https://u.github.io/repo/demo/v1/models', { [SERVER_PROBE_HEADER]: '1' }), scope),
    ).toBe(false);
  });
});

describe('whenBodyEnds', () => {
  const source = (chunks: string[]) => {
    const encoder = new TextEncoder();
    let pulls = 0;
    const stream = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          const next = chunks[pulls++];
          if (next === undefined) controller.close();
          else controller.enqueue(encoder.encode(next));
        },
      },
      { highWaterMark: 0 },
    );
    return { stream, pulls: () => pulls };
  };

  it('passes the body, status and headers through and reports the end once', async () => {
    const { stream } = source(['event: a\n', 'data: {}\n\n']);
    let ends = 0;
    const response = whenBodyEnds(
      new Response(stream, {
        status: 200,
        headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_1' },
      }),
      () => ends++,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe('req_1');
    expect(ends).toBe(0);
    expect(await response.text()).toBe('event: a\ndata: {}\n\n');
    expect(ends).toBe(1);
  });

  it('reads nothing ahead of the page, and reports a cancel as the end', async () => {
    const { stream, pulls } = source(['1', '2', '3', '4']);
    let ends = 0;
    const reader = whenBodyEnds(new Response(stream), () => ends++).body!.getReader();
    await reader.read();
    const before = pulls();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(pulls()).toBe(before);
    await reader.cancel();
    expect(ends).toBe(1);
  });

  it('reports the end of a response without a body at once', () => {
    let ends = 0;
    whenBodyEnds(new Response(null, { status: 204 }), () => ends++);
    expect(ends).toBe(1);
  });

  it('keeps an error in the source an error for the page', async () => {
    const failing = new ReadableStream({
      pull() {
        throw new Error('boom');
      },
    });
    let ends = 0;
    await expect(whenBodyEnds(new Response(failing), () => ends++).text()).rejects.toThrow();
    expect(ends).toBe(1);
  });
});
