/**
 * The doctor's checks of the rest of the Responses API: background mode, cancel, resuming a stream,
 * input items, input token counts, compaction, conversations and delete. Each says whether the
 * endpoint supports it; a missing route is a warning (these are optional), not a failure.
 */
import { isUnsupported } from '../api/request-json';
import { isObject } from '../json';
import { probeJson, type HttpOutcome, type ProbeContext } from './doctor-http';
import { said, type DoctorMessageKey, type DoctorParams } from './doctor-messages';
import type { Verdict } from './doctor-probes';
import { failureText } from './doctor-read';
import type { ApiCapability, CheckId } from './doctor-types';

type Body = Record<string, unknown>;
type Add = (id: CheckId, verdict: Verdict, supported: boolean | undefined) => void;

/** What a failed probe means: not supported (no such route), or undecided (another failure). */
function failed(
  outcome: Extract<HttpOutcome, { ok: false }>,
  what: DoctorMessageKey,
): Verdict & { supported?: false } {
  const failure = failureText(outcome.status, outcome.error);
  if (isUnsupported(outcome.error))
    return { status: 'warn', words: said('apiUnsupported', { failure }), ms: outcome.ms, supported: false };
  return { status: 'warn', words: said(what, { failure }), ms: outcome.ms };
}

function passed(key: DoctorMessageKey, ms: number, params?: DoctorParams): Verdict & { supported: true } {
  return { status: 'pass', words: said(key, params), ms, supported: true };
}

const warned = (key: DoctorMessageKey, ms: number): Verdict => ({ status: 'warn', words: said(key), ms });
const skipped = (key: DoctorMessageKey): Verdict => ({ status: 'skip', words: said(key) });

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
  if (!bg.ok) report('background', failed(bg, 'backgroundFailed'));
  else if (!isObject(bg.json) || bg.json.background !== true)
    report('background', {
      status: 'warn',
      words: said('backgroundIgnored'),
      ms: bg.ms,
      supported: false,
    });
  else report('background', passed('backgroundOk', bg.ms, { state: String(bg.json.status) }));

  const isBackground = bg.ok && isObject(bg.json) && bg.json.background === true && bgId !== undefined;
  if (!isBackground || !bgId) {
    report('cancel', skipped('skipNoBackgroundCancel'));
    report('resume', skipped('skipNoBackgroundResume'));
  } else {
    const cancel = await probeJson(ctx, 'POST', `/responses/${encodeURIComponent(bgId)}/cancel`);
    if (cancel.ok) report('cancel', passed('cancelOk', cancel.ms));
    else if (cancel.status === 400)
      report(
        'cancel',
        passed('cancelRouteExists', cancel.ms, { failure: failureText(cancel.status, cancel.error) }),
      );
    else report('cancel', failed(cancel, 'cancelFailed'));
    const resume = await probeJson(ctx, 'GET', `/responses/${encodeURIComponent(bgId)}`, undefined, {
      asText: true,
      query: { stream: 'true', starting_after: 0 },
    });
    if (!resume.ok) report('resume', failed(resume, 'resumeFailed'));
    else if (typeof resume.json === 'string' && /^(?:event|data):/m.test(resume.json))
      report('resume', passed('resumeOk', resume.ms));
    else
      report('resume', {
        status: 'warn',
        words: said('resumeNotStream'),
        ms: resume.ms,
        supported: false,
      });
  }

  if (!plainId) report('input_items', skipped('skipNoId'));
  else {
    const items = await probeJson(ctx, 'GET', `/responses/${encodeURIComponent(plainId)}/input_items`);
    if (items.ok && isObject(items.json) && Array.isArray(items.json.data))
      report('input_items', passed('inputItemsOk', items.ms, { count: items.json.data.length }));
    else if (items.ok) report('input_items', warned('inputItemsNotList', items.ms));
    else report('input_items', failed(items, 'inputItemsFailed'));
  }

  const tokens = await probeJson(ctx, 'POST', '/responses/input_tokens', {
    model: base.model,
    input: base.input,
  });
  if (tokens.ok && isObject(tokens.json) && typeof tokens.json.input_tokens === 'number')
    report('input_tokens', passed('inputTokensOk', tokens.ms, { count: tokens.json.input_tokens }));
  else if (tokens.ok) report('input_tokens', warned('inputTokensMissing', tokens.ms));
  else report('input_tokens', failed(tokens, 'inputTokensFailed'));

  const compact = await probeJson(ctx, 'POST', '/responses/compact', {
    model: base.model,
    input: base.input,
  });
  if (compact.ok && isObject(compact.json) && Array.isArray(compact.json.output))
    report('compact', passed('compactOk', compact.ms, { count: compact.json.output.length }));
  else if (compact.ok) report('compact', warned('compactNoOutput', compact.ms));
  else report('compact', failed(compact, 'compactFailed'));

  const conv = await probeJson(ctx, 'POST', '/conversations', {});
  const convId =
    conv.ok && isObject(conv.json) && typeof conv.json.id === 'string' ? conv.json.id : undefined;
  if (!conv.ok) report('conversations', failed(conv, 'conversationsFailed'));
  else if (!convId) report('conversations', warned('conversationsNoId', conv.ms));
  else {
    const gone = await probeJson(ctx, 'DELETE', `/conversations/${encodeURIComponent(convId)}`);
    report(
      'conversations',
      passed(gone.ok ? 'conversationsOk' : 'conversationsCreated', conv.ms + gone.ms, { id: convId }),
    );
  }

  if (!plainId) report('delete', skipped('skipNoId'));
  else {
    const del = await probeJson(ctx, 'DELETE', `/responses/${encodeURIComponent(plainId)}`);
    if (del.ok) report('delete', passed('deleteOk', del.ms));
    else report('delete', failed(del, 'deleteFailed'));
  }
}
