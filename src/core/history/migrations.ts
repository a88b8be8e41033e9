/**
 * Versioned migrations for stored and imported history. Every stored record carries `v`; a record
 * from an older version runs through each step up to HISTORY_VERSION, then is validated field by
 * field (storage and files are edges: nothing is trusted). A record from a newer version is left
 * alone (undefined here) rather than guessed at, so an older tab never damages it.
 */
import type { JsonObject, RunStatus, Timings, Usage } from '../response/types';
import { isObject, num, str } from '../response/wire';
import { inputItems } from './replay';
import type { ChainMode, EntryGroup, EntryKind, HistoryBody, HistoryEntry } from './types';
import { HISTORY_VERSION } from './types';

type Step = (raw: JsonObject) => JsonObject;

/**
 * `ENTRY_STEPS[n]` turns a version-n entry into version n+1. Version 0 is the unversioned shape of
 * early builds: `request`/`response_id`/`previous_response_id` names and no mode, kind or previews.
 */
const ENTRY_STEPS: Step[] = [
  (raw) => ({
    ...raw,
    responseId: raw.responseId ?? raw.response_id,
    previousResponseId: raw.previousResponseId ?? raw.previous_response_id,
    updatedAt: raw.updatedAt ?? raw.createdAt,
    mode: raw.mode ?? 'chain',
    kind: raw.kind ?? 'request',
    inputPreview: raw.inputPreview ?? '',
    outputPreview: raw.outputPreview ?? '',
    callCount: raw.callCount ?? 0,
    timings: raw.timings ?? {},
    v: 1,
  }),
  // 1 → 2: entries may carry a group (Compare); nothing to change in version-1 entries.
  (raw) => ({ ...raw, v: 2 }),
];

/** `BODY_STEPS[n]` turns a version-n body into version n+1. Version 0 kept the body as `request`. */
const BODY_STEPS: Step[] = [
  (raw) => {
    const requestText = typeof raw.requestText === 'string' ? raw.requestText : (str(raw.request) ?? '');
    let turnInput = raw.turnInput;
    if (!Array.isArray(turnInput)) {
      try {
        const parsed: unknown = JSON.parse(requestText);
        turnInput = isObject(parsed) ? inputItems(parsed.input) : [];
      } catch {
        turnInput = [];
      }
    }
    return { ...raw, requestText, turnInput, v: 1 };
  },
  (raw) => ({ ...raw, v: 2 }),
];

function upgrade(raw: unknown, steps: Step[]): JsonObject | undefined {
  if (!isObject(raw)) return undefined;
  const version = raw.v === undefined ? 0 : num(raw.v);
  if (version === undefined || !Number.isInteger(version) || version < 0 || version > HISTORY_VERSION) {
    return undefined;
  }
  let record = raw;
  for (let v = version; v < HISTORY_VERSION; v++) record = steps[v]!(record);
  return record;
}

const STATUSES = new Set<RunStatus>([
  'idle',
  'connecting',
  'queued',
  'streaming',
  'completed',
  'incomplete',
  'failed',
  'cancelled',
]);
const KINDS = new Set<EntryKind>(['request', 'tool-outputs', 'follow-up', 'auto-answer', 'replay-resend']);

function pick<T extends string>(value: unknown, allowed: ReadonlySet<T>, fallback: T): T {
  return typeof value === 'string' && allowed.has(value as T) ? (value as T) : fallback;
}

function numbers<T extends object>(value: unknown, keys: (keyof T & string)[]): T {
  const out: Record<string, number> = {};
  if (isObject(value))
    for (const key of keys) if (num(value[key]) !== undefined) out[key] = value[key] as number;
  return out as T;
}

/** Drops undefined fields so stored and exported records stay small and compare equal. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** A stored or imported entry at the current version, or undefined when it is unusable or newer. */
export function migrateEntry(raw: unknown): HistoryEntry | undefined {
  const r = upgrade(raw, ENTRY_STEPS);
  if (!r) return undefined;
  const id = str(r.id);
  const createdAt = num(r.createdAt);
  if (!id || createdAt === undefined) return undefined;
  const usage = isObject(r.usage)
    ? numbers<Usage>(r.usage, [
        'inputTokens',
        'cachedTokens',
        'outputTokens',
        'reasoningTokens',
        'totalTokens',
      ])
    : undefined;
  return compact<HistoryEntry>({
    v: HISTORY_VERSION,
    id,
    createdAt,
    updatedAt: num(r.updatedAt) ?? createdAt,
    title: str(r.title) || undefined,
    parentId: str(r.parentId) || undefined,
    previousResponseId: str(r.previousResponseId) || undefined,
    responseId: str(r.responseId) || undefined,
    baseUrl: str(r.baseUrl) ?? '',
    mode: pick<ChainMode>(r.mode, new Set(['chain', 'replay']), 'chain'),
    kind: pick(r.kind, KINDS, 'request'),
    status: pick(r.status, STATUSES, 'failed'),
    model: str(r.model),
    inputPreview: str(r.inputPreview) ?? '',
    outputPreview: str(r.outputPreview) ?? '',
    callCount: num(r.callCount) ?? 0,
    httpStatus: num(r.httpStatus),
    errorMessage: str(r.errorMessage),
    chainRefusal:
      r.chainRefusal === 'previous_response_id' || r.chainRefusal === 'store' ? r.chainRefusal : undefined,
    usage,
    timings: numbers<Timings>(r.timings, ['startedAt', 'headersAt', 'firstTokenAt', 'endedAt']),
    group: readGroup(r.group),
  });
}

/** A stored or imported body at the current version, or undefined when it is unusable or newer. */
export function migrateBody(raw: unknown): HistoryBody | undefined {
  const r = upgrade(raw, BODY_STEPS);
  if (!r) return undefined;
  const id = str(r.id);
  if (!id || typeof r.requestText !== 'string') return undefined;
  const view =
    isObject(r.view) && Array.isArray(r.view.items) && typeof r.view.status === 'string' ? r.view : undefined;
  return compact<HistoryBody>({
    v: HISTORY_VERSION,
    id,
    requestText: r.requestText,
    turnInput: Array.isArray(r.turnInput) ? r.turnInput.filter(isObject) : [],
    view: view as HistoryBody['view'],
  });
}

const GROUP_TEXT = 20_000;
const MAX_EVENT_TYPES = 200;
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);

/** An entry's group, checked field by field and bounded; undefined when it is not a usable one. */
function readGroup(value: unknown): EntryGroup | undefined {
  if (!isObject(value)) return undefined;
  const id = str(value.id);
  const column = count(value.column);
  const run = count(value.run) ?? 0;
  if (!id || id.length > 100 || column === undefined || column > 16) return undefined;
  const text = (v: unknown) => (typeof v === 'string' && v.length <= GROUP_TEXT ? v : undefined);
  let eventTypes: Record<string, number> | undefined;
  if (isObject(value.eventTypes)) {
    const pairs = Object.entries(value.eventTypes)
      .filter((e): e is [string, number] => count(e[1]) !== undefined)
      .slice(0, MAX_EVENT_TYPES);
    eventTypes = Object.fromEntries(pairs);
  }
  return compact<EntryGroup>({
    id,
    column,
    run,
    runs: Math.max(count(value.runs) ?? 1, run + 1),
    model: text(value.model),
    overrides: text(value.overrides),
    profileId: text(value.profileId),
    eventTypes,
  });
}
