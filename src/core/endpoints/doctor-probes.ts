/**
 * The doctor's checks after the plain POST: streaming, store, previous_response_id, usage, function
 * calling and reasoning items. Each returns its verdict and the facts it established.
 */
import { isObject } from '../json';
import { probeJson, type ProbeContext } from './doctor-http';
import type { StreamOutcome } from './doctor-stream';
import { failureText, framingSummary, outputItems, refusedPreviousId, usageFields } from './doctor-read';
import type { CheckStatus } from './doctor-types';

export interface Verdict {
  status: CheckStatus;
  summary: string;
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
  if (!stream.ok) return { status: 'fail', summary: failureText(stream.status, stream.error), ms: stream.ms };
  const f = stream.framing;
  if (f.contentType.includes('json') && f.events === 0)
    return {
      status: 'warn',
      summary: 'Answered JSON although the request asked for stream: true.',
      ms: stream.ms,
    };
  const clean = f.terminal === 'response.completed' || f.terminal === 'response.incomplete';
  return { status: clean && f.sequenceNumbers ? 'pass' : 'warn', summary: framingSummary(f), ms: stream.ms };
}

/** `GET /v1/responses/{id}` returns the plain response: the endpoint stores responses. */
export async function storeCheck(ctx: ProbeContext, id: string): Promise<Verdict & { stored: boolean }> {
  const got = await probeJson(ctx, 'GET', `/responses/${encodeURIComponent(id)}`);
  const stored = got.ok && isObject(got.json) && got.json.id === id;
  const summary = stored
    ? 'Stored: GET /v1/responses/{id} returns the response.'
    : got.ok
      ? 'GET /v1/responses/{id} answered, but not with the stored response.'
      : `Not retrievable (${failureText(got.status, got.error)}).`;
  return { status: stored ? 'pass' : 'warn', summary, ms: got.ms, stored };
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
      summary: 'A follow-up with previous_response_id was accepted: chaining works.',
      ms: follow.ms,
      chaining: true,
    };
  const text = failureText(follow.status, follow.error);
  if (refusedPreviousId(follow.status, follow.error))
    return {
      status: 'fail',
      summary: `${text} Follow-ups on this endpoint should replay the conversation.`,
      ms: follow.ms,
      chaining: false,
    };
  return { status: 'warn', summary: `Undecided: ${text}`, ms: follow.ms };
}

/** Usage fields on the plain response, and whether the streamed one has them too. */
export function usageVerdict(plain: unknown, stream: StreamOutcome): Verdict & { fields: string[] } {
  const fields = usageFields(plain);
  const streamed = stream.ok && stream.response ? usageFields(stream.response) : [];
  const core = ['input_tokens', 'output_tokens', 'total_tokens'].every((f) => fields.includes(f));
  const inStream = stream.ok
    ? streamed.length
      ? '; also in the streamed response'
      : '; missing in the streamed response'
    : '';
  return {
    status: core ? 'pass' : fields.length ? 'warn' : 'fail',
    summary: fields.length ? `${fields.join(', ')}${inStream}` : 'No usage in the response.',
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
  if (!fn.ok) return { status: 'fail', summary: failureText(fn.status, fn.error), ms: fn.ms };
  const call = outputItems(fn.json).find((item) => item.type === 'function_call');
  const works = Boolean(
    call && typeof call.call_id === 'string' && typeof call.arguments === 'string' && parses(call.arguments),
  );
  const summary = works
    ? `function_call ${typeof call?.name === 'string' ? call.name : '?'} with call_id and JSON arguments.`
    : call
      ? 'A function_call came back, but without a call_id or with arguments that are not JSON.'
      : 'No function_call came back although tool_choice was "required".';
  return { status: works ? 'pass' : 'warn', summary, ms: fn.ms, works };
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
  if (seen)
    return { status: 'pass', summary: 'Reasoning items come back (with `reasoning` set).', ms: rs.ms, seen };
  if (rs.ok)
    return {
      status: 'warn',
      summary: 'No reasoning items: the model does not reason, or the relay drops them.',
      ms: rs.ms,
      seen,
    };
  return {
    status: 'warn',
    summary: `The request with \`reasoning\` was refused (${failureText(rs.status, rs.error)}); not a reasoning model?`,
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
