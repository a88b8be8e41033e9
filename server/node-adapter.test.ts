import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FetchHandler } from './node-adapter';
import { toNodeListener } from './node-adapter';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

async function serve(handler: FetchHandler): Promise<string> {
  server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await sleep(10);
  return check();
};

describe('toNodeListener', () => {
  it('passes method, URL, headers and body through', async () => {
    const origin = await serve(async (request) =>
      Response.json(
        {
          method: request.method,
          url: request.url,
          auth: request.headers.get('authorization'),
          body: await request.text(),
        },
        { status: 201 },
      ),
    );
    const res = await fetch(`${origin}/demo/x?y=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer k' },
      body: '{"a":"é"}',
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      method: 'POST',
      url: `${origin}/demo/x?y=1`,
      auth: 'Bearer k',
      body: '{"a":"é"}',
    });
  });

  it('sends each chunk as soon as it is produced', async () => {
    const encoder = new TextEncoder();
    // The second chunk waits until the client has read the first: if the first were held back
    // (buffered until the end), the read below would never finish and the test would time out.
    let release!: () => void;
    const firstRead = new Promise<void>((resolve) => (release = resolve));
    const origin = await serve(
      () =>
        new Response(
          new ReadableStream({
            async start(controller) {
              controller.enqueue(encoder.encode('first\n'));
              await firstRead;
              controller.enqueue(encoder.encode('second\n'));
              controller.close();
            },
          }),
          { headers: { 'content-type': 'text/event-stream' } },
        ),
    );
    const res = await fetch(origin);
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toBe('first\n');
    release();
    let rest = '';
    for (let r = await reader.read(); !r.done; r = await reader.read())
      rest += new TextDecoder().decode(r.value);
    expect(rest).toBe('second\n');
  });

  it('aborts the request signal and cancels the body when the client goes away', async () => {
    let aborted = false;
    let cancelled = false;
    const origin = await serve((request) => {
      request.signal.addEventListener('abort', () => (aborted = true));
      return new Response(
        new ReadableStream({
          pull: async (controller) => {
            await sleep(20);
            controller.enqueue(new TextEncoder().encode('tick\n'));
          },
          cancel: () => {
            cancelled = true;
          },
        }),
      );
    });
    const controller = new AbortController();
    const res = await fetch(origin, { signal: controller.signal });
    await res.body!.getReader().read();
    controller.abort();
    expect(await until(() => aborted && cancelled)).toBe(true);
  });

  it('answers 500 when the handler throws, and cuts the connection when the body fails', async () => {
    // The adapter logs the crash (that is its job); keep the test output clean.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const crash = await serve(() => {
      throw new Error('boom');
    });
    expect((await fetch(crash)).status).toBe(500);
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));

    const broken = await serve(
      () =>
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode('partial'));
              setTimeout(() => controller.error(new Error('upstream died')), 20);
            },
          }),
        ),
    );
    const res = await fetch(broken);
    await expect(res.text()).rejects.toThrow();
    expect(logged).toHaveBeenCalledWith('handler failed:', expect.any(Error));
    logged.mockRestore();
  });

  it('keeps up with a large unpaced stream (backpressure)', async () => {
    const chunk = new Uint8Array(64 * 1024).fill(97);
    let sent = 0;
    const origin = await serve(
      () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              if (sent++ >= 160) controller.close();
              else controller.enqueue(chunk);
            },
          }),
        ),
    );
    const body = await (await fetch(origin)).arrayBuffer();
    expect(body.byteLength).toBe(160 * chunk.length);
  });
});
