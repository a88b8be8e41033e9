/**
 * What a relay scenario gets to work with, and the ways it can answer: JSON, text, or an SSE script
 * written with a chosen framing, pacing and byte-level mangling.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JsonMap } from '../../server/demo/request';
import { drained } from '../../server/node-adapter';
import type { WireEvent } from './relay-events';
import type { RelayStore } from './relay-store';

export interface RelayContext {
  req: IncomingMessage;
  res: ServerResponse;
  scenario: string;
  /** The request body as sent, and parsed when it is a JSON object. */
  bodyText: string;
  body: JsonMap | undefined;
  /** `stream: true` in the body. */
  stream: boolean;
  /** Aborts when the client goes away. */
  signal: AbortSignal;
  /** CORS headers for this scenario (empty for no-cors). */
  cors: Record<string, string>;
  /** Resolves true after `ms`, or false as soon as the client is gone. */
  sleep(ms: number): Promise<boolean>;
  /**
   * The path has a `hold-…` segment (`/relay/hold-42/v1`): the stream stops after its first delta
   * until the test says `POST /__release?prefix=…`, so a test can look at a half-streamed answer
   * without racing the stream.
   */
  holds: boolean;
  /** Resolves true once released, or false as soon as the client is gone. */
  hold(): Promise<boolean>;
  /** How the exchange ended, for GET /__requests. */
  setOutcome(outcome: string): void;
  /** The responses this relay answered (for GET/DELETE/cancel/input_items by id). */
  store: RelayStore;
}

/** A frame: an event, raw bytes of SSE text (comments, broken data), or a pause. */
export type RawFrame = { raw: string };
export type PauseFrame = { pause: number };
export type Frame = WireEvent | RawFrame | PauseFrame;

export function isEvent(frame: Frame): frame is WireEvent {
  return typeof (frame as { type?: unknown }).type === 'string';
}
function isRaw(frame: Frame): frame is RawFrame {
  return !isEvent(frame) && typeof (frame as { raw?: unknown }).raw === 'string';
}
function isPause(frame: Frame): frame is PauseFrame {
  return !isEvent(frame) && typeof (frame as { pause?: unknown }).pause === 'number';
}

export interface Framing {
  /** `openai`: `event:` + `data:` lines; `data-only`: LiteLLM style. */
  style: 'openai' | 'data-only';
  /** Append `data: [DONE]`. */
  done?: boolean;
  /** Milliseconds before each delta event. */
  paceMs?: number;
  /** CRLF line ends, a BOM, and chunks cut between CR and LF and inside UTF-8 characters. */
  mangle?: boolean;
}

export interface Script {
  frames: Frame[];
  framing: Framing;
  /** After the frames: end normally, destroy the socket, or keep it open and silent. */
  after?: 'end' | 'destroy' | 'hang';
  /** Checked before each frame: true ends the stream there (a cancelled background response). */
  stopWhen?: () => boolean;
  /**
   * Where a `hold-…` stream waits for `POST /__release`: after its first delta (the default), after
   * its last frame, right before the ending (a connection that breaks on purpose: the test sees
   * everything before the break reach the page first), or nowhere.
   */
  holdAt?: 'first-delta' | 'before-ending' | 'nowhere';
}

export function sendJson(
  ctx: RelayContext,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  ctx.res.writeHead(status, { 'content-type': 'application/json', ...ctx.cors, ...headers });
  ctx.res.end(JSON.stringify(body));
}

export function sendText(ctx: RelayContext, status: number, type: string, text: string): void {
  ctx.res.writeHead(status, { 'content-type': type, ...ctx.cors });
  ctx.res.end(text);
}

/** Consecutive sequence numbers from 0, in frame order (scenarios insert events freely). */
export function renumber(frames: Frame[]): Frame[] {
  let seq = 0;
  for (const frame of frames) if (isEvent(frame) && 'sequence_number' in frame) frame.sequence_number = seq++;
  return frames;
}

function encode(frame: Frame, framing: Framing): string {
  if (isRaw(frame)) return frame.raw;
  if (isPause(frame)) return '';
  const data = `data: ${JSON.stringify(frame)}\n\n`;
  return framing.style === 'openai' ? `event: ${frame.type}\n${data}` : data;
}

/** Byte chunks cut right after every CR and inside every third multi-byte character. */
function mangledChunks(text: string): Buffer[] {
  const bytes = Buffer.from(`\uFEFF${text.replace(/\n/g, '\r\n')}`, 'utf8');
  const cuts: number[] = [];
  let multibyte = 0;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i] ?? 0;
    if (byte === 0x0d) cuts.push(i + 1);
    else if (byte >= 0xc0 && ++multibyte % 3 === 0) cuts.push(i + 1);
  }
  const chunks: Buffer[] = [];
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    if (cut > from) chunks.push(bytes.subarray(from, cut));
    from = cut;
  }
  return chunks;
}

async function write(ctx: RelayContext, data: string | Buffer): Promise<boolean> {
  if (ctx.signal.aborted || ctx.res.destroyed) return false;
  if (!ctx.res.write(data)) await drained(ctx.res);
  return !ctx.signal.aborted;
}

/** Writes an SSE script: headers first, then each frame as it comes (paced), then the ending. */
export async function writeScript(ctx: RelayContext, script: Script): Promise<void> {
  const { framing } = script;
  ctx.res.writeHead(200, {
    'content-type': framing.style === 'data-only' ? 'text/event-stream; charset=utf-8' : 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    ...ctx.cors,
  });
  ctx.res.socket?.setNoDelay(true);
  ctx.res.flushHeaders();
  const frames = framing.done ? [...script.frames, { raw: 'data: [DONE]\n\n' }] : script.frames;

  if (framing.mangle) {
    const text = frames.map((f) => encode(f, framing)).join('');
    for (const chunk of mangledChunks(text)) {
      if (!(await write(ctx, chunk)) || !(await ctx.sleep(2))) return ctx.setOutcome('client-closed');
    }
  } else {
    let held = !ctx.holds || (script.holdAt ?? 'first-delta') !== 'first-delta';
    for (const frame of frames) {
      if (script.stopWhen?.()) {
        ctx.res.end();
        return ctx.setOutcome('finished');
      }
      if (isPause(frame)) {
        if (!(await ctx.sleep(frame.pause))) return ctx.setOutcome('client-closed');
        continue;
      }
      if (isEvent(frame) && frame.type.endsWith('.delta') && framing.paceMs) {
        if (!(await ctx.sleep(framing.paceMs))) return ctx.setOutcome('client-closed');
      }
      if (!(await write(ctx, encode(frame, framing)))) return ctx.setOutcome('client-closed');
      if (!held && isEvent(frame) && frame.type.endsWith('.delta')) {
        held = true;
        if (!(await ctx.hold())) return ctx.setOutcome('client-closed');
      }
    }
  }
  if (ctx.holds && script.holdAt === 'before-ending' && !(await ctx.hold()))
    return ctx.setOutcome('client-closed');
  switch (script.after ?? 'end') {
    case 'destroy':
      ctx.setOutcome('destroyed');
      // end() sends what was written, then closes the connection mid-body (no last chunk): the client
      // gets every byte up to the break, then a network error. destroy() could drop the last writes.
      ctx.res.socket?.end();
      return;
    case 'hang':
      ctx.setOutcome('silent');
      if (await ctx.sleep(60_000)) ctx.res.end();
      else ctx.setOutcome('client-closed');
      return;
    case 'end':
      ctx.res.end();
      ctx.setOutcome('finished');
  }
}

/** The same script answered without streaming (for requests without `stream: true`). */
export async function answerAsJson(ctx: RelayContext, script: Script): Promise<void> {
  const terminal = [...script.frames]
    .reverse()
    .find((f): f is WireEvent => isEvent(f) && /^response\.(completed|incomplete|failed)$/.test(f.type));
  if (terminal) return sendJson(ctx, 200, terminal.response);
  if (script.after === 'hang') {
    ctx.res.writeHead(200, { 'content-type': 'application/json', ...ctx.cors });
    if (await ctx.sleep(60_000)) ctx.res.end();
    return;
  }
  // Nothing complete to give: half a body, then the connection drops.
  ctx.res.writeHead(200, { 'content-type': 'application/json', ...ctx.cors });
  ctx.res.write('{"id":"resp_partial","object":"response","status":"in_pro');
  ctx.res.socket?.destroy();
}
