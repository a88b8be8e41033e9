/**
 * The relay's scenarios, chosen by the first path segment (`/<scenario>/v1/responses`). Each imitates
 * a real relay or failure (see README.md). To add one: add an entry with a description and `respond`.
 */
import type { RelayContext, Script } from './relay-context';
import type { StoredRelayResponse } from './relay-store';
import { answerAsJson, isEvent, renumber, sendJson, sendText, writeScript } from './relay-context';
import { startBackground, storedInput, type BackgroundPlan } from './relay-background';
import { HOSTILE_MARKDOWN, RELAY_TEXT, RelayResponse, SLOW_TEXT } from './relay-events';
import type { WireEvent } from './relay-events';
import { respondToolTests } from './relay-tool-tests';

export interface Scenario {
  description: string;
  /** false: no CORS headers at all (default true). */
  cors?: boolean;
  /** false: no routes beyond `POST …/responses` (retrieve, cancel, input items, input tokens → 404). */
  api?: boolean;
  respond(ctx: RelayContext): Promise<void> | void;
}

const PACE = 25;
const FAILURE_MESSAGE = 'The upstream server had an error while processing your request.';

/** A scenario that streams `build`'s script, or answers its final Response as JSON when not streaming. */
function streamed(build: (r: RelayResponse) => Script): Scenario['respond'] {
  return async (ctx) => {
    const r = new RelayResponse(ctx.body);
    const script = build(r);
    renumber(script.frames);
    remember(ctx, r, script);
    await (ctx.stream ? writeScript(ctx, script) : answerAsJson(ctx, script));
  };
}

/** Keeps a settled response, so it can be retrieved, listed and deleted by id. */
function remember(ctx: RelayContext, r: RelayResponse, script: Script): void {
  const events = script.frames.filter(isEvent);
  const terminal = events.findLast((e) => /^response\.(completed|incomplete|failed)$/.test(e.type));
  const final = terminal?.response as StoredRelayResponse['final'] | undefined;
  if (!final) return;
  ctx.store.put({
    id: r.id,
    scenario: ctx.scenario,
    events,
    final,
    input: storedInput(ctx.body),
    background: false,
    status: typeof final.status === 'string' ? final.status : 'completed',
    connections: 0,
    polls: 0,
    cancelled: false,
  });
}

/** A scenario for `background: true` requests (others are answered like `relay`). */
function background(plan: BackgroundPlan): Scenario['respond'] {
  return (ctx) => (ctx.body?.background === true ? startBackground(ctx, plan) : relayLike(ctx));
}

const openai = (paceMs = PACE) => ({ style: 'openai' as const, paceMs });
const litellm = { style: 'data-only' as const, paceMs: PACE };

function httpError(status: number, body: unknown): Scenario['respond'] {
  return (ctx) => sendJson(ctx, status, body);
}

const CLOUDFLARE_502 = `<!DOCTYPE html>
<html lang="en-US">
<head><meta charset="UTF-8" /><title>relay.example.com | 502: Bad gateway</title>
<script>window.__relayHtmlScriptRan = true;</script></head>
<body><div id="cf-wrapper"><div id="cf-error-details">
<h1><span>Bad gateway</span> <span>Error code 502</span></h1>
<p>Visit <a href="https://www.cloudflare.com/5xx-error-landing">cloudflare.com</a> for more information.</p>
<p>The web server reported a bad gateway error.</p>
<p>Cloudflare Ray ID: <strong>8b1c2d3e4f5a6b7c</strong> &bull; Performance &amp; security by Cloudflare</p>
</div></div></body>
</html>
`;

const relayLike = streamed((r) => ({
  frames: [...r.start(), ...r.answer(), r.completed()],
  framing: openai(),
}));

export const SCENARIOS: Record<string, Scenario> = {
  relay: {
    description:
      'new-api style: `event:` lines named from type, no [DONE]; parallel function calls (interleaved argument deltas) or text',
    // A little slower than the others so tests can watch arguments grow.
    respond: streamed((r) => ({ frames: [...r.start(), ...r.answer(), r.completed()], framing: openai(35) })),
  },
  litellm: {
    description: 'LiteLLM style: `data:` lines only, then `data: [DONE]`',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.answer(), r.completed()],
      framing: { ...litellm, done: true },
    })),
  },
  keepalive: {
    description:
      '`: PING` comments and {"type":"keepalive"} frames between events, and a 600 ms pause full of them',
    respond: streamed((r) => {
      const ping = () => [{ raw: ': PING\n\n' }, r.event('keepalive')];
      const [created, inProgress] = r.start() as [WireEvent, WireEvent];
      const answer = r.answer().flatMap((e, i) => (i % 4 === 3 ? [e, ...ping()] : [e]));
      return {
        frames: [
          created,
          ...ping(),
          { pause: 300 },
          ...ping(),
          { pause: 300 },
          inProgress,
          ...answer,
          ...ping(),
          r.completed(),
        ],
        framing: openai(),
      };
    }),
  },
  'json-ignores-stream': {
    description: 'answers one application/json Response even with stream: true',
    respond: (ctx) => {
      const r = new RelayResponse(ctx.body);
      r.answer();
      sendJson(ctx, 200, r.snapshot('completed'));
    },
  },
  'html-502': {
    description: 'a Cloudflare-like HTML 502 page',
    respond: (ctx) => sendText(ctx, 502, 'text/html; charset=UTF-8', CLOUDFLARE_502),
  },
  '401': {
    description: 'OpenAI 401 invalid_api_key',
    respond: (ctx) => {
      const key = (ctx.req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      const shown = key ? `${key.slice(0, 3)}***${key.slice(-4)}` : '';
      sendJson(ctx, 401, {
        error: {
          message: `Incorrect API key provided: ${shown || '(none)'}. You can find your API key at https://platform.openai.com/account/api-keys.`,
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      });
    },
  },
  'newapi-403': {
    description: 'new-api middleware error: no param, message ends with (request id: …)',
    respond: httpError(403, {
      error: {
        code: '',
        message: 'This channel has been disabled (request id: 20250825093012345678901)',
        type: 'new_api_error',
      },
    }),
  },
  'litellm-429': {
    description: 'LiteLLM 429 with a string code',
    respond: httpError(429, {
      error: {
        message:
          'litellm.RateLimitError: No deployments available for selected model, Try again in 60 seconds. Passed model=gpt-4.1.',
        type: 'throttling_error',
        param: null,
        code: '429',
      },
    }),
  },
  'error-frame': {
    description: 'LiteLLM (older): some text, then `data: {"error":{…}}` mid-stream, then the body ends',
    respond: streamed((r) => ({
      frames: [
        ...r.start(),
        ...r.message(RELAY_TEXT, { stopAfter: 8 }),
        {
          raw: `data: ${JSON.stringify({ error: { message: 'litellm.InternalServerError: InternalServerError: OpenAIException - upstream connect error', type: 'None', param: 'None', code: '500' } })}\n\n`,
        },
      ],
      framing: litellm,
    })),
  },
  'flat-error': {
    description:
      'some text, then a documented flat {"type":"error",code,message} frame with no `event:` line',
    respond: streamed((r) => ({
      frames: [
        ...r.start(),
        ...r.message(RELAY_TEXT, { stopAfter: 8 }),
        r.event('error', { code: 'server_error', message: FAILURE_MESSAGE, param: null }),
      ],
      framing: litellm,
    })),
  },
  'nested-error': {
    description: 'some text, then `event: error` with a nested error object, then response.failed',
    respond: streamed((r) => {
      const error = { type: 'server_error', code: 'server_error', message: FAILURE_MESSAGE, param: null };
      return {
        frames: [
          ...r.start(),
          ...r.message(RELAY_TEXT, { stopAfter: 8 }),
          r.event('error', { error }),
          r.lifecycle('response.failed', 'failed', {
            error: { code: 'server_error', message: FAILURE_MESSAGE },
          }),
        ],
        framing: openai(),
      };
    }),
  },
  failed: {
    description: 'some text, then response.failed with response.error',
    respond: streamed((r) => ({
      frames: [
        ...r.start(),
        ...r.message(RELAY_TEXT, { stopAfter: 8 }),
        r.lifecycle('response.failed', 'failed', {
          error: { code: 'server_error', message: FAILURE_MESSAGE },
        }),
      ],
      framing: openai(),
    })),
  },
  incomplete: {
    description: 'some text, then response.incomplete (reason max_output_tokens)',
    respond: streamed((r) => ({
      frames: [
        ...r.start(),
        ...r.message(RELAY_TEXT, { stopAfter: 10, incomplete: true }),
        r.lifecycle('response.incomplete', 'incomplete', {
          incomplete_details: { reason: 'max_output_tokens' },
        }),
      ],
      framing: openai(),
    })),
  },
  'empty-completed-output': {
    description: 'items streamed as usual, but response.completed carries output: []',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.answer(), r.completed({ output: [] })],
      framing: openai(),
    })),
  },
  'seq-gap': {
    description: 'a valid stream whose sequence_number skips values',
    respond: async (ctx) => {
      const r = new RelayResponse(ctx.body);
      const frames = renumber([...r.start(), ...r.answer(), r.completed()]);
      frames.forEach((f, i) => {
        if ('sequence_number' in f && typeof f.sequence_number === 'number')
          f.sequence_number += i >= 9 ? 7 : i >= 3 ? 2 : 0;
      });
      const script = { frames, framing: openai() };
      await (ctx.stream ? writeScript(ctx, script) : answerAsJson(ctx, script));
    },
  },
  'not-json': {
    description: 'some text, then `data: litellm.InternalServerError: …` (not JSON), then the body ends',
    respond: streamed((r) => ({
      frames: [
        ...r.start(),
        ...r.message(RELAY_TEXT, { stopAfter: 8 }),
        {
          raw: 'data: litellm.InternalServerError: InternalServerError: OpenAIException - Connection error.\n\n',
        },
      ],
      framing: litellm,
    })),
  },
  cut: {
    description: 'some text, then the socket is destroyed (no terminal event, no clean end)',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.message(RELAY_TEXT, { stopAfter: 8 })],
      framing: openai(),
      after: 'destroy',
    })),
  },
  silent: {
    description: 'some text, then nothing at all for 60 s with the connection open',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.message(RELAY_TEXT, { stopAfter: 8 })],
      framing: openai(),
      after: 'hang',
    })),
  },
  slow: {
    description: 'a long text (about 600 deltas) at ~30 ms per delta, for Stop tests',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.message(SLOW_TEXT), r.completed()],
      framing: openai(30),
    })),
  },
  'unknown-event': {
    description: 'a normal answer with an event type the app does not know in the middle',
    respond: streamed((r) => {
      const answer = r.message(RELAY_TEXT);
      const odd = r.event('response.future_feature.progress', {
        item_id: answer[0] && (answer[0].item as { id: string }).id,
        output_index: 0,
        progress: 0.5,
        note: 'unknown to the app',
      });
      return {
        frames: [...r.start(), ...answer.slice(0, 5), odd, ...answer.slice(5), r.completed()],
        framing: openai(),
      };
    }),
  },
  'no-cors': {
    description: 'a valid stream without any CORS headers (the browser must block it)',
    cors: false,
    respond: streamed((r) => ({ frames: [...r.start(), ...r.answer(), r.completed()], framing: openai() })),
  },
  'hostile-markdown': {
    description: 'a text answer full of raw HTML, event handlers and javascript: links (must render inert)',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.message(HOSTILE_MARKDOWN), r.completed()],
      framing: openai(),
    })),
  },
  'no-chain': {
    description:
      'a relay that keeps no responses: 400 previous_response_not_found to any previous_response_id, no routes by id, otherwise like `relay`',
    api: false,
    respond: (ctx) => {
      const previous = ctx.body?.previous_response_id;
      if (typeof previous !== 'string') return relayLike(ctx);
      sendJson(ctx, 400, {
        error: {
          message: `Previous response with id '${previous}' not found.`,
          type: 'invalid_request_error',
          param: 'previous_response_id',
          code: 'previous_response_not_found',
        },
      });
    },
  },
  'tool-tests': {
    description:
      'calls the tools the input names or describes (else text); `[invalid]` breaks the arguments, `[flaky]` answers text to every second identical input',
    respond: respondToolTests,
  },
  'background-drop': {
    description:
      'background: true: the POST stream breaks mid-event after 14 events; the resume (GET …?stream=true&starting_after=N) sends the last 2 events before the seam again, then the rest. Without stream: queued, then in_progress, then completed on the second GET',
    respond: background({ text: RELAY_TEXT, paceMs: PACE, drops: [14], overlap: 2 }),
  },
  'background-drop-twice': {
    description:
      'background: true: the POST stream breaks after 12 events, the first resume after 6 more, the second resume completes',
    respond: background({ text: RELAY_TEXT, paceMs: PACE, drops: [12, 6], overlap: 0 }),
  },
  'background-slow': {
    description:
      'background: true with the long `slow` text (~600 deltas, 30 ms each), for Stop → POST …/cancel',
    respond: background({ text: SLOW_TEXT, paceMs: 30, drops: [], overlap: 0 }),
  },
  'no-background': {
    description:
      'a relay with only POST …/responses: ignores `background` (streams the long `slow` text, no background field), and GET/DELETE/cancel/input_items/input_tokens answer 404 page not found',
    api: false,
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.message(SLOW_TEXT), r.completed()],
      framing: openai(30),
    })),
  },
  'bom-crlf': {
    description: 'a BOM, CRLF line ends, chunks split between CR and LF and inside UTF-8 characters',
    respond: streamed((r) => ({
      frames: [...r.start(), ...r.answer(), r.completed()],
      framing: { style: 'openai', mangle: true },
    })),
  },
};
