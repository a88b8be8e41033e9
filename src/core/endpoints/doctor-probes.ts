/**
 * The doctor's checks after the plain POST: streaming, store, previous_response_id, usage, function
 * calling and reasoning items. Each returns its verdict and the facts it established.
 */
import { isObject } from '../json';
import { probeJson, type ProbeContext } from './doctor-http';
import type { StreamOutcome } from './doctor-stream';
import { failureText, framingSummary, outputItems, refusedPreviousId, usageFields } from './doctor-read';
import { said, type DoctorWords } from './doctor-messages';
import type { CheckStatus } from './doctor-types';

export interface Verdict {
  status: CheckStatus;
  words: DoctorWords;
  ms?: number;
}

type Body = Record<string, unknown>;

const FUNCTION_TOOL = {
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

/** How the streamed answer was framed; a JSON answer to `stream: true` is a warning. */
export function streamVerdict(stream: StreamOutcome): Verdict {
  if (!stream.ok)
    return {
      status: 'fail',
      words: said('verbatim', { text: failureText(stream.status, stream.error) }),
      ms: stream.ms,
    };
  const f = stream.framing;
  if (f.contentType.includes('json') && f.events === 0)
    return {
      status: 'warn',
      words: said('streamJson'),
      ms: stream.ms,
    };
  const clean = f.terminal === 'response.completed' || f.terminal === 'response.incomplete';
  return { status: clean && f.sequenceNumbers ? 'pass' : 'warn', words: framingSummary(f), ms: stream.ms };
}

/** `GET /v1/responses/{id}` returns the plain response: the endpoint stores responses. */
export async function storeCheck(ctx: ProbeContext, id: string): Promise<Verdict & { stored: boolean }> {
  const got = await probeJson(ctx, 'GET', `/responses/${encodeURIComponent(id)}`);
  const stored = got.ok && isObject(got.json) && got.json.id === id;
  const words = stored
    ? said('storeOk')
    : got.ok
      ? said('storeNotStored')
      : said('storeFailed', { failure: failureText(got.status, got.error) });
  return { status: stored ? 'pass' : 'warn', words, ms: got.ms, stored };
}

/** A follow-up with `previous_response_id`: accepted (server chaining) or refused (replay). */
export async function chainingCheck(
  ctx: ProbeContext,
  base: Body,
  id: string,
): Promise<Verdict & { chaining?: boolean }> {
  const follow = await probeJson(ctx, 'POST', '/responses', {
    ...base,
    input: 'Now reply with the single word AGAIN.',
    previous_response_id: id,
  });
  if (follow.ok)
    return {
      status: 'pass',
      words: said('chainingOk'),
      ms: follow.ms,
      chaining: true,
    };
  const text = failureText(follow.status, follow.error);
  if (refusedPreviousId(follow.status, follow.error))
    return {
      status: 'fail',
      words: said('chainingRefused', { failure: text }),
      ms: follow.ms,
      chaining: false,
    };
  return { status: 'warn', words: said('chainingUndecided', { failure: text }), ms: follow.ms };
}

/** Usage fields on the plain response, and whether the streamed one has them too. */
export function usageVerdict(plain: unknown, stream: StreamOutcome): Verdict & { fields: string[] } {
  const fields = usageFields(plain);
  const streamed = stream.ok && stream.response ? usageFields(stream.response) : [];
  const core = ['input_tokens', 'output_tokens', 'total_tokens'].every((f) => fields.includes(f));
  const key = stream.ok ? (streamed.length ? 'usageAlsoStreamed' : 'usageNotStreamed') : 'usageFields';
  return {
    status: core ? 'pass' : fields.length ? 'warn' : 'fail',
    words: fields.length ? said(key, { fields: fields.join(', ') }) : said('usageNone'),
    fields,
  };
}

/** A function tool with `tool_choice: "required"` must come back as a function_call with JSON arguments. */
export async function functionsCheck(ctx: ProbeContext, base: Body): Promise<Verdict & { works?: boolean }> {
  const fn = await probeJson(ctx, 'POST', '/responses', {
    ...base,
    input: 'What is the weather in Paris? Use the tool.',
    tools: [FUNCTION_TOOL],
    tool_choice: 'required',
    max_output_tokens: 256,
    store: false,
  });
  if (!fn.ok)
    return { status: 'fail', words: said('verbatim', { text: failureText(fn.status, fn.error) }), ms: fn.ms };
  const call = outputItems(fn.json).find((item) => item.type === 'function_call');
  const works = Boolean(
    call && typeof call.call_id === 'string' && typeof call.arguments === 'string' && parses(call.arguments),
  );
  const words = works
    ? said('functionsOk', { name: typeof call?.name === 'string' ? call.name : '?' })
    : call
      ? said('functionsMalformed')
      : said('functionsNone');
  return { status: works ? 'pass' : 'warn', words, ms: fn.ms, works };
}

/** A request with `reasoning` set; reasoning items seen in any earlier answer count too. */
export async function reasoningCheck(
  ctx: ProbeContext,
  base: Body,
  seenBefore: boolean,
): Promise<Verdict & { seen: boolean }> {
  const rs = await probeJson(ctx, 'POST', '/responses', {
    ...base,
    input: 'What is 17 * 3?',
    reasoning: { effort: 'low', summary: 'auto' },
    max_output_tokens: 512,
    store: false,
  });
  const seen = seenBefore || (rs.ok && outputItems(rs.json).some((i) => i.type === 'reasoning'));
  if (seen) return { status: 'pass', words: said('reasoningOk'), ms: rs.ms, seen };
  if (rs.ok)
    return {
      status: 'warn',
      words: said('reasoningNone'),
      ms: rs.ms,
      seen,
    };
  return {
    status: 'warn',
    words: said('reasoningRefused', { failure: failureText(rs.status, rs.error) }),
    ms: rs.ms,
    seen,
  };
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
