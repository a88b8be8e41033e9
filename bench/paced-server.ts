/**
 * The bench's own local server: the bare comparison page (`GET /bare`), every stream shape served
 * from memory (`POST /shape/<shape>/<deltas>/v1/responses`, see shapes.ts), and a paced Responses stream
 * whose deltas carry numbered markers `⟦n⟧ ` (`POST /paced/v1/responses`), so the browser can tell
 * which delta reached the screen when. The demo backend's text has no per-delta markers, hence this.
 * Every answer allows any origin: the app runs on another port.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SHAPES, shapeBody, type Shape } from './shapes';

export interface BenchServer {
  /** `http://127.0.0.1:port` (no trailing slash). */
  origin: string;
  close(): Promise<void>;
}

export interface PacedOptions {
  deltas: number;
  intervalMs: number;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-expose-headers': '*',
};

/** The marker for delta `n`, as the paced stream sends it and as the page looks for it. */
export const marker = (n: number): string => `⟦${n}⟧ `;

/** Starts the server on a free port. */
export async function startBenchServer(paced: PacedOptions): Promise<BenchServer> {
  const barePage = readFileSync(new URL('./bare-page.html', import.meta.url), 'utf8');
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'OPTIONS') return void res.writeHead(204, CORS).end();
    if (req.method === 'GET' && path === '/bare') {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(barePage);
    }
    if (req.method === 'POST' && path === '/paced/v1/responses') return void streamPaced(req, res, paced);
    const shape = /^\/shape\/([a-z-]+)\/(\d+)\/v1\/responses$/.exec(path ?? '');
    if (req.method === 'POST' && shape && SHAPES.includes(shape[1] as Shape))
      return void sendFromMemory(req, res, shapeBytes(shape[1] as Shape, Number(shape[2])));
    res.writeHead(404, { 'content-type': 'text/plain', ...CORS }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const bodies = new Map<string, Buffer>();

/** The SSE body of a shape, built once and kept in memory. */
export function shapeBytes(shape: Shape, deltas: number): Buffer {
  const key = `${shape}/${deltas}`;
  let body = bodies.get(key);
  if (!body) bodies.set(key, (body = Buffer.from(shapeBody(shape, deltas), 'utf8')));
  return body;
}

/**
 * Sends a whole stream as fast as the connection takes it (64 KB writes, waiting for drain): the
 * floor both the app and the bare page are measured against, with no server pacing in it.
 */
function sendFromMemory(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
  req.resume();
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...CORS,
  });
  let offset = 0;
  const pump = () => {
    while (offset < body.length && !res.destroyed) {
      const chunk = body.subarray(offset, offset + 65_536);
      offset += chunk.length;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end();
  };
  pump();
}

/** The Responses event sequence for one message, deltas `⟦1⟧ ` … `⟦n⟧ ` one per `intervalMs`. */
function streamPaced(req: IncomingMessage, res: ServerResponse, { deltas, intervalMs }: PacedOptions): void {
  req.resume();
  res.socket?.setNoDelay(true);
  res.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    ...CORS,
  });
  const id = `resp_bench${Date.now().toString(16)}`;
  const itemId = `msg_bench${Date.now().toString(16)}`;
  let seq = 0;
  const send = (type: string, fields: Record<string, unknown>) =>
    res.write(`event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq++, ...fields })}\n\n`);
  const response = (status: string, text?: string) => ({
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status,
    model: 'bench-paced',
    output: text === undefined ? [] : [message(text, 'completed')],
  });
  const message = (text: string, status: string) => ({
    id: itemId,
    type: 'message',
    status,
    role: 'assistant',
    content: text === '' && status === 'in_progress' ? [] : [{ type: 'output_text', text, annotations: [] }],
  });
  const at = { item_id: itemId, output_index: 0, content_index: 0 };

  send('response.created', { response: response('in_progress') });
  send('response.in_progress', { response: response('in_progress') });
  send('response.output_item.added', { output_index: 0, item: message('', 'in_progress') });
  send('response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [] } });
  let text = '';
  let n = 0;
  const start = performance.now();
  const tick = () => {
    if (res.destroyed) return;
    n++;
    text += marker(n);
    send('response.output_text.delta', { ...at, delta: marker(n), logprobs: [] });
    if (n < deltas) {
      // Scheduled against the start time, so timer jitter does not accumulate into a slower pace.
      setTimeout(tick, Math.max(0, start + n * intervalMs - performance.now()));
      return;
    }
    send('response.output_text.done', { ...at, text, logprobs: [] });
    send('response.content_part.done', { ...at, part: { type: 'output_text', text, annotations: [] } });
    send('response.output_item.done', { output_index: 0, item: message(text, 'completed') });
    send('response.completed', { response: response('completed', text) });
    res.end();
  };
  setTimeout(tick, intervalMs);
}
