/**
 * Background responses on the misbehaving relay: a stream whose connections break on purpose (mid-
 * event), resumed with `GET …/responses/{id}?stream=true&starting_after=N`, optionally by a sloppy relay
 * that sends a few events again; and polling (a background response answered as JSON settles after
 * two `GET`s). Deterministic: connection k breaks after `drops[k]` events, whatever the timing.
 */
import { inputItems } from '../../server/demo/request';
import { storedItem } from '../../server/demo/items';
import { createRng } from '../../server/demo/rng';
import type { RelayContext } from './relay-context';
import { sendJson, writeScript } from './relay-context';
import { RelayResponse } from './relay-events';
import type { WireEvent } from './relay-events';
import type { StoredRelayResponse } from './relay-store';

export interface BackgroundPlan {
  text: string;
  paceMs: number;
  /** Per stream connection (0 is the POST): events it delivers before the socket is destroyed. */
  drops: number[];
  /** Events before `starting_after` that a resume sends again (a sloppy relay); 0 for an exact one. */
  overlap: number;
}

/** The request's input items with ids, as `input_items` lists them. */
export function storedInput(body: RelayContext['body']): StoredRelayResponse['input'] {
  const rng = createRng(7);
  return inputItems(body ?? {}).map((item) => storedItem(item, rng));
}

/** Answers a `background: true` POST: the queued Response as JSON, or its (breaking) stream. */
export async function startBackground(ctx: RelayContext, plan: BackgroundPlan): Promise<void> {
  const r = new RelayResponse(ctx.body);
  const bg = { background: true };
  const events = [
    r.lifecycle('response.created', 'queued', bg),
    r.lifecycle('response.queued', 'queued', bg),
    r.lifecycle('response.in_progress', 'in_progress', bg),
    ...r.message(plan.text),
  ];
  const completed = r.completed(bg);
  events.push(completed);
  const entry: StoredRelayResponse = {
    id: r.id,
    scenario: ctx.scenario,
    events,
    final: completed.response as StoredRelayResponse['final'],
    input: storedInput(ctx.body),
    background: true,
    status: 'queued',
    connections: 0,
    polls: 0,
    cancelled: false,
    plan,
  };
  ctx.store.put(entry);
  if (!ctx.stream) return sendJson(ctx, 200, ctx.store.snapshot(entry));
  await streamFrom(ctx, entry, 0);
}

/** Resumes a stored background response's stream after `startingAfter` (all of it when absent). */
export async function resumeBackground(
  ctx: RelayContext,
  entry: StoredRelayResponse,
  startingAfter: number | undefined,
): Promise<void> {
  const overlap = entry.plan?.overlap ?? 0;
  const from = startingAfter === undefined ? 0 : Math.max(0, startingAfter + 1 - overlap);
  await streamFrom(ctx, entry, from);
}

async function streamFrom(ctx: RelayContext, entry: StoredRelayResponse, from: number): Promise<void> {
  const limit = entry.plan?.drops[entry.connections++];
  const end = limit === undefined ? entry.events.length : Math.min(entry.events.length, from + limit);
  const breaks = end < entry.events.length;
  const frames: (WireEvent | { raw: string })[] = entry.events.slice(from, end);
  const next = entry.events[end];
  // Break inside the next event (its bytes half sent), as a dropped connection does.
  if (breaks && next) {
    const text = `event: ${next.type}\ndata: ${JSON.stringify(next)}\n\n`;
    frames.push({ raw: text.slice(0, Math.floor(text.length / 2)) });
  }
  if (!entry.cancelled) entry.status = 'in_progress';
  await writeScript(ctx, {
    frames,
    framing: { style: 'openai', paceMs: entry.plan?.paceMs ?? 25 },
    after: breaks ? 'destroy' : 'end',
    // Under a `hold-…` base URL a breaking connection waits before it breaks, so a test can let the
    // page read all its events first: Chromium drops what the page had not read yet when the body
    // fails, so otherwise how much of a connection counts depends on the machine's speed.
    holdAt: breaks ? 'before-ending' : 'nowhere',
    stopWhen: () => entry.cancelled,
  });
  if (!breaks && !entry.cancelled && !ctx.signal.aborted) entry.status = 'completed';
}
