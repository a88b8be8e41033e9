/**
 * Response-level folding: lifecycle events, `error` events and plain JSON answers. Items from a
 * Response object are reconciled with the local ones, never blindly replaced: relays send a
 * `response.completed` whose `output` is empty or missing, and then the items that streamed stay.
 */
import { findItem, insertItem, mergeFinal } from './items';
import type { ItemView, JsonObject, ResponseView, RunError, RunErrorKind, RunStatus, Usage } from './types';
import { isObject } from '../json';
import { errorField, num, str } from './wire';

/** A change to the view; the reducer applies it to a copy it owns. */
export type Patch = Partial<ResponseView>;
export interface EventContext {
  at: number;
  raw: string;
}
export type Handler = (view: ResponseView, event: JsonObject, ctx: EventContext) => Patch | undefined;

const RAW_LIMIT = 2000;

/** Map wire `usage` to the view's camelCase figures; undefined when absent. */
export function mapUsage(usage: unknown): Usage | undefined {
  if (!isObject(usage)) return undefined;
  const input = isObject(usage.input_tokens_details) ? usage.input_tokens_details : {};
  const output = isObject(usage.output_tokens_details) ? usage.output_tokens_details : {};
  const figures: Usage = {
    inputTokens: num(usage.input_tokens),
    cachedTokens: num(input.cached_tokens),
    outputTokens: num(usage.output_tokens),
    reasoningTokens: num(output.reasoning_tokens),
    totalTokens: num(usage.total_tokens),
  };
  for (const key of Object.keys(figures) as (keyof Usage)[]) {
    if (figures[key] === undefined) delete figures[key];
  }
  return figures;
}

/**
 * A RunError from any error object: `{error:{…}}` bodies and nested `error` events, the flat
 * documented `error` event, or `response.error`. new-api's "(request id: …)" suffix becomes `requestId`.
 */
export function errorFrom(source: JsonObject, kind: RunErrorKind, raw?: string): RunError {
  const inner = isObject(source.error) ? source.error : source;
  const message =
    str(inner.message) ??
    str(source.error) ??
    str(source.message) ??
    'The server reported an error without a message';
  const error: RunError = { kind, message };
  const code = errorField(inner.code) ?? errorField(source.code);
  const type = errorField(inner.type === 'error' ? undefined : inner.type);
  const param = errorField(inner.param) ?? errorField(source.param);
  const requestId = /\(request id: ([^)\s]+)\)\s*$/.exec(message)?.[1];
  if (code !== undefined) error.code = code;
  if (type !== undefined) error.type = type;
  if (param !== undefined) error.param = param;
  if (requestId !== undefined) error.requestId = requestId;
  if (raw !== undefined) error.raw = raw.trim().slice(0, RAW_LIMIT);
  return error;
}

function failedError(response: JsonObject | undefined, previous: RunError | undefined): RunError {
  if (response && isObject(response.error)) return errorFrom(response.error, 'stream');
  // An `error` event usually precedes response.failed and says more than nothing.
  return (
    previous ?? { kind: 'stream', message: 'The response failed (response.failed without an error object)' }
  );
}

/**
 * Reconcile a Response's `output[]` with the local items. Terminal copies are authoritative and
 * mark items final; earlier lifecycle copies only fill indexes we have nothing for. An empty or
 * missing `output` keeps every local item (new-api #4362, LiteLLM PR #32724).
 */
function mergeOutput(items: ItemView[], output: unknown[], final: boolean): ItemView[] {
  let next = items;
  output.forEach((wire, outputIndex) => {
    if (!isObject(wire)) return;
    const at = findItem(next, { outputIndex });
    if (at < 0) {
      next = insertItem(next, { outputIndex, item: wire, done: final });
    } else if (final) {
      const old = next[at] as ItemView;
      next = next === items ? items.slice() : next;
      next[at] = { ...old, item: mergeFinal(wire, old.item), done: true };
    }
  });
  return next;
}

/** Fold a whole Response object (lifecycle payload or JSON answer) into the view. */
export function foldResponse(
  view: ResponseView,
  response: JsonObject | undefined,
  status: RunStatus,
  final: boolean,
  at: number,
): Patch {
  const output = response && Array.isArray(response.output) ? response.output : [];
  const items = output.length > 0 ? mergeOutput(view.items, output, final) : view.items;
  const patch: Patch = { status, items };
  if (response) {
    patch.responseId = str(response.id) ?? view.responseId;
    patch.model = str(response.model) ?? view.model;
    patch.usage = mapUsage(response.usage) ?? view.usage;
    patch.response = { ...response, output: items.map((entry) => entry.item) };
    const details = response.incomplete_details;
    const reason = isObject(details) ? str(details.reason) : undefined;
    if (reason !== undefined) patch.incompleteReason = reason;
  }
  if (status === 'failed') patch.error = failedError(response, view.error);
  if (final) patch.timings = { ...view.timings, endedAt: at };
  return patch;
}

function lifecycle(status: RunStatus | 'created', final: boolean): Handler {
  return (view, event, { at }) => {
    const response = isObject(event.response) ? event.response : undefined;
    // response.created of a background request already says "queued".
    const resolved = status === 'created' ? (response?.status === 'queued' ? 'queued' : 'streaming') : status;
    return foldResponse(view, response, resolved, final, at);
  };
}

export const lifecycleHandlers = {
  'response.created': lifecycle('created', false),
  'response.queued': lifecycle('queued', false),
  'response.in_progress': lifecycle('streaming', false),
  'response.completed': lifecycle('completed', true),
  'response.incomplete': lifecycle('incomplete', true),
  'response.failed': lifecycle('failed', true),
  // Failed unless a terminal event follows: response.failed/completed then decide the status.
  error: (view, event, { at, raw }) => ({
    status: 'failed',
    error: errorFrom(event, 'stream', raw),
    timings: { ...view.timings, endedAt: at },
  }),
  keepalive: () => undefined,
} satisfies Record<string, Handler>;

const JSON_STATUS: Record<string, RunStatus> = {
  completed: 'completed',
  incomplete: 'incomplete',
  failed: 'failed',
  cancelled: 'cancelled',
  // A background response that is still running (polled with GET until it settles).
  queued: 'queued',
  in_progress: 'streaming',
};

/** A plain JSON answer: a Response object folded as final, or an `{error}` body. */
export function foldJson(view: ResponseView, body: JsonObject, at: number): Patch {
  const isResponse =
    body.object === 'response' || Array.isArray(body.output) || typeof body.status === 'string';
  if (!isResponse && body.error !== undefined && body.error !== null) {
    const kind: RunErrorKind = (view.httpStatus ?? 200) >= 400 ? 'http' : 'stream';
    const error = errorFrom(body, kind, JSON.stringify(body));
    if (view.httpStatus !== undefined) error.status = view.httpStatus;
    return { status: 'failed', bodyKind: 'json', error, timings: { ...view.timings, endedAt: at } };
  }
  const status = JSON_STATUS[str(body.status) ?? 'completed'] ?? 'completed';
  const settled = status !== 'queued' && status !== 'streaming';
  const patch = foldResponse(view, body, status, settled, at);
  return { ...patch, bodyKind: 'json', timings: settled ? { ...view.timings, endedAt: at } : view.timings };
}
