/** The doctor's streamed POST: records how the answer is framed (event lines, [DONE], keep-alives). */
import { isObject, type JsonObject } from '../json';
import { endpointUrl } from '../api/endpoint-url';
import { normalizeHttpError } from '../api/errors';
import { buildHeaders } from '../api/headers';
import type { RunError } from '../response/types';
import { createSseDecoder } from '../sse/sse-decoder';
import { failure, timed, type ProbeContext } from './doctor-http';
import type { StreamFraming } from './doctor-types';

export type StreamOutcome =
  | {
      ok: true;
      status: number;
      framing: StreamFraming;
      response?: JsonObject;
      items: JsonObject[];
      ms: number;
    }
  | { ok: false; status?: number; error: RunError; ms: number };

const TERMINAL = new Set(['response.completed', 'response.incomplete', 'response.failed', 'error']);

/** `POST {base}/v1/responses` with `stream: true`: framing, the terminal response and the finished items. */
export async function probeStream(ctx: ProbeContext, body: JsonObject): Promise<StreamOutcome> {
  const started = ctx.now();
  const url = endpointUrl(ctx.endpoint.baseUrl, '/responses');
  if (!url.ok) return { ok: false, error: failure(url.error), ms: 0 };
  const timeout = (): StreamOutcome => ({
    ok: false,
    error: failure(`The stream did not finish within ${Math.round(ctx.timeoutMs / 1000)} s.`),
    ms: ctx.now() - started,
  });
  return timed(
    ctx,
    async (signal) => {
      let res: Response;
      try {
        res = await ctx.fetch(url.value, {
          method: 'POST',
          headers: buildHeaders(ctx.endpoint, 'POST'),
          credentials: 'omit',
          signal,
          body: JSON.stringify({ ...body, stream: true }),
        });
      } catch (cause) {
        if (signal.aborted) throw cause;
        return {
          ok: false,
          error: failure('The request failed (network error or CORS):', cause),
          ms: ctx.now() - started,
        };
      }
      if (!res.ok) {
        const text = await res.text().catch(() => '');
        return {
          ok: false,
          status: res.status,
          error: normalizeHttpError(res.status, text, res.headers),
          ms: ctx.now() - started,
        };
      }
      const framing: StreamFraming = {
        contentType: res.headers.get('content-type') ?? '',
        eventLines: false,
        doneMarker: false,
        keepAliveComments: 0,
        keepAliveEvents: 0,
        events: 0,
        sequenceNumbers: true,
      };
      const items: JsonObject[] = [];
      let response: JsonObject | undefined;
      const decoder = createSseDecoder({
        onMessage(message) {
          if (message.data.trim() === '[DONE]') {
            framing.doneMarker = true;
            return;
          }
          if (message.event !== undefined) framing.eventLines = true;
          let event: JsonObject;
          try {
            event = JSON.parse(message.data) as JsonObject;
          } catch {
            return;
          }
          if (event.type === 'keepalive') {
            framing.keepAliveEvents++;
            return;
          }
          framing.events++;
          if (typeof event.sequence_number !== 'number') framing.sequenceNumbers = false;
          const type = typeof event.type === 'string' ? event.type : undefined;
          if (type === 'response.output_item.done' && isObject(event.item)) items.push(event.item);
          if (type && TERMINAL.has(type)) {
            framing.terminal = type;
            if (isObject(event.response)) response = event.response;
          }
        },
        onComment: () => {
          framing.keepAliveComments++;
        },
      });
      const reader = res.body?.getReader();
      try {
        for (;;) {
          const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
          if (chunk.done) break;
          framing.firstByteMs ??= ctx.now() - started;
          decoder.push(chunk.value);
          if (framing.doneMarker) break;
        }
        decoder.end();
      } catch (cause) {
        if (signal.aborted) throw cause;
        return {
          ok: false,
          status: res.status,
          error: {
            kind: 'cut',
            message: `The stream broke: ${cause instanceof Error ? cause.message : 'unknown error'}`,
          },
          ms: ctx.now() - started,
        };
      } finally {
        reader?.cancel().catch(() => undefined);
      }
      const out: StreamOutcome = { ok: true, status: res.status, framing, items, ms: ctx.now() - started };
      if (response) out.response = response;
      return out;
    },
    timeout,
  );
}
