/**
 * The doctor's checks of the rest of the Responses API: background mode, cancel, resuming a stream,
 * input items, input token counts, compaction, conversations and delete. Each says whether the
 * endpoint supports it; a missing route is a warning (these are optional), not a failure.
 */
import { isUnsupported } from '../api/request-json';
import { isObject } from '../json';
import { probeJson, type HttpOutcome, type ProbeContext } from './doctor-http';
import type { Verdict } from './doctor-probes';
import { failureText } from './doctor-read';
import type { ApiCapability, CheckId } from './doctor-types';

type Body = Record<string, unknown>;
type Add = (id: CheckId, verdict: Verdict, supported: boolean | undefined) => void;

/** What a failed probe means: not supported (no such route), or undecided (another failure). */
function failed(outcome: Extract<HttpOutcome, { ok: false }>, what: string): Verdict & { supported?: false } {
  const text = failureText(outcome.status, outcome.error);
  if (isUnsupported(outcome.error))
    return { status: 'warn', summary: `Not supported here: ${text}.`, ms: outcome.ms, supported: false };
  return { status: 'warn', summary: `${what} failed: ${text}`, ms: outcome.ms };
}

function passed(summary: string, ms: number): Verdict & { supported: true } {
  return { status: 'pass', summary, ms, supported: true };
}

const skipped = (why: string): Verdict => ({ status: 'skip', summary: why });

/**
 * Runs the API checks one after another and reports each through `add`.
 *
 * @param base the doctor's small request (model, input, store …)
 * @param plainId the id of the plain response the doctor created, when it has one
 */
export async function apiChecks(
  ctx: ProbeContext,
  base: Body,
  plainId: string | undefined,
  add: Add,
): Promise<void> {
  const report = (id: ApiCapability, verdict: Verdict & { supported?: boolean }) =>
    add(id, verdict, verdict.supported);

  const bg = await probeJson(ctx, 'POST', '/responses', { ...base, background: true, store: true });
  const bgId = bg.ok && isObject(bg.json) && typeof bg.json.id === 'string' ? bg.json.id : undefined;
  if (!bg.ok) report('background', failed(bg, 'A background request'));
  else if (!isObject(bg.json) || bg.json.background !== true)
    report('background', {
      status: 'warn',
      summary:
        'The request was answered, but not as a background response: this endpoint ignores `background`.',
      ms: bg.ms,
      supported: false,
    });
  else report('background', passed(`Background mode works (status ${String(bg.json.status)}).`, bg.ms));

  const isBackground = bg.ok && isObject(bg.json) && bg.json.background === true && bgId !== undefined;
  if (!isBackground || !bgId) {
    report('cancel', skipped('Skipped: no background response to cancel.'));
    report('resume', skipped('Skipped: no background response to resume.'));
  } else {
    const cancel = await probeJson(ctx, 'POST', `/responses/${encodeURIComponent(bgId)}/cancel`);
    if (cancel.ok) report('cancel', passed('POST /v1/responses/{id}/cancel works.', cancel.ms));
    else if (cancel.status === 400)
      report('cancel', passed(`The route exists (${failureText(cancel.status, cancel.error)}).`, cancel.ms));
    else report('cancel', failed(cancel, 'Cancelling'));
    const resume = await probeJson(ctx, 'GET', `/responses/${encodeURIComponent(bgId)}`, undefined, {
      asText: true,
      query: { stream: 'true', starting_after: 0 },
    });
    if (!resume.ok) report('resume', failed(resume, 'Resuming the stream'));
    else if (typeof resume.json === 'string' && /^(?:event|data):/m.test(resume.json))
      report(
        'resume',
        passed('GET /v1/responses/{id}?stream=true&starting_after=N streams the events again.', resume.ms),
      );
    else
      report('resume', {
        status: 'warn',
        summary: 'GET …?stream=true answered, but not with an event stream.',
        ms: resume.ms,
        supported: false,
      });
  }

  if (!plainId) report('input_items', skipped('Skipped: the plain response had no id.'));
  else {
    const items = await probeJson(ctx, 'GET', `/responses/${encodeURIComponent(plainId)}/input_items`);
    if (items.ok && isObject(items.json) && Array.isArray(items.json.data))
      report('input_items', passed(`${items.json.data.length} input item(s) listed.`, items.ms));
    else if (items.ok)
      report('input_items', { status: 'warn', summary: 'The answer is not a list.', ms: items.ms });
    else report('input_items', failed(items, 'Listing input items'));
  }

  const tokens = await probeJson(ctx, 'POST', '/responses/input_tokens', {
    model: base.model,
    input: base.input,
  });
  if (tokens.ok && isObject(tokens.json) && typeof tokens.json.input_tokens === 'number')
    report(
      'input_tokens',
      passed(`${tokens.json.input_tokens} input tokens for the test request.`, tokens.ms),
    );
  else if (tokens.ok)
    report('input_tokens', { status: 'warn', summary: 'No input_tokens in the answer.', ms: tokens.ms });
  else report('input_tokens', failed(tokens, 'Counting tokens'));

  const compact = await probeJson(ctx, 'POST', '/responses/compact', {
    model: base.model,
    input: base.input,
  });
  if (compact.ok && isObject(compact.json) && Array.isArray(compact.json.output))
    report('compact', passed(`Compacted into ${compact.json.output.length} item(s).`, compact.ms));
  else if (compact.ok)
    report('compact', { status: 'warn', summary: 'The answer has no output list.', ms: compact.ms });
  else report('compact', failed(compact, 'Compacting'));

  const conv = await probeJson(ctx, 'POST', '/conversations', {});
  const convId =
    conv.ok && isObject(conv.json) && typeof conv.json.id === 'string' ? conv.json.id : undefined;
  if (!conv.ok) report('conversations', failed(conv, 'Creating a conversation'));
  else if (!convId)
    report('conversations', { status: 'warn', summary: 'The answer has no conversation id.', ms: conv.ms });
  else {
    const gone = await probeJson(ctx, 'DELETE', `/conversations/${encodeURIComponent(convId)}`);
    report(
      'conversations',
      passed(`Created ${convId}${gone.ok ? ' and deleted it' : ''}.`, conv.ms + gone.ms),
    );
  }

  if (!plainId) report('delete', skipped('Skipped: the plain response had no id.'));
  else {
    const del = await probeJson(ctx, 'DELETE', `/responses/${encodeURIComponent(plainId)}`);
    if (del.ok) report('delete', passed('DELETE /v1/responses/{id} works.', del.ms));
    else report('delete', failed(del, 'Deleting'));
  }
}
