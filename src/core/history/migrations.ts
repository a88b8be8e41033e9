/**
 * Versioned migrations for stored and imported history. Every stored record carries `v`; a record
 * from an older version runs through each step up to HISTORY_VERSION, then is read by a valibot
 * schema field by field (storage and files are edges: nothing is trusted). A record from a newer version is left
 * alone (undefined here) rather than guessed at, so an older tab never damages it.
 */
import * as v from 'valibot';
import type { RunStatus, Timings, Usage } from '../response/types';
import { isObject, type JsonObject } from '../json';
import { definedFields, lenient, readOr, validEntries, validItems } from '../valid';
import { num, str } from '../response/wire';
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
  for (let at = version; at < HISTORY_VERSION; at++) record = steps[at]!(record);
  return record;
}

const finite = v.pipe(v.number(), v.finite());
const nonEmpty = v.pipe(v.string(), v.minLength(1));
const STATUSES: readonly RunStatus[] = [
  'idle',
  'connecting',
  'queued',
  'streaming',
  'completed',
  'incomplete',
  'failed',
  'cancelled',
];
const KINDS: readonly EntryKind[] = [
  'request',
  'tool-outputs',
  'follow-up',
  'auto-answer',
  'replay-resend',
  'opened',
  'compaction',
];
const MODES: readonly ChainMode[] = ['chain', 'replay', 'conversation'];

/** Drops undefined fields so stored and exported records stay small and compare equal. */
const compact = definedFields;

const StoredUsage = v.pipe(
  v.object({
    inputTokens: lenient(finite),
    cachedTokens: lenient(finite),
    outputTokens: lenient(finite),
    reasoningTokens: lenient(finite),
    totalTokens: lenient(finite),
  }),
  v.transform((usage): Usage => compact(usage)),
);

const StoredTimings = v.pipe(
  v.object({
    startedAt: lenient(finite),
    headersAt: lenient(finite),
    firstTokenAt: lenient(finite),
    endedAt: lenient(finite),
  }),
  v.transform((timings): Timings => compact(timings)),
);

const GROUP_TEXT = 20_000;
const MAX_EVENT_TYPES = 200;
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** An entry's group (Compare), bounded; an unusable one reads as no group. */
const StoredGroup = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(100)),
    column: v.pipe(count, v.maxValue(16)),
    run: v.fallback(count, 0),
    runs: v.fallback(count, 1),
    model: lenient(v.pipe(v.string(), v.maxLength(GROUP_TEXT))),
    overrides: lenient(v.pipe(v.string(), v.maxLength(GROUP_TEXT))),
    profileId: lenient(v.pipe(v.string(), v.maxLength(GROUP_TEXT))),
    eventTypes: lenient(
      v.pipe(
        validEntries(count),
        v.transform((types) => Object.fromEntries(Object.entries(types).slice(0, MAX_EVENT_TYPES))),
      ),
    ),
  }),
  v.transform((group): EntryGroup => compact({ ...group, runs: Math.max(group.runs, group.run + 1) })),
);

/** A current-version entry: id and creation time required, every other field read or defaulted. */
const StoredEntry = v.pipe(
  v.object({
    id: nonEmpty,
    createdAt: finite,
    updatedAt: lenient(finite),
    title: lenient(nonEmpty),
    parentId: lenient(nonEmpty),
    previousResponseId: lenient(nonEmpty),
    responseId: lenient(nonEmpty),
    baseUrl: v.fallback(v.string(), ''),
    mode: v.fallback(v.picklist(MODES), 'chain'),
    kind: v.fallback(v.picklist(KINDS), 'request'),
    status: v.fallback(v.picklist(STATUSES), 'failed'),
    model: lenient(v.string()),
    inputPreview: v.fallback(v.string(), ''),
    outputPreview: v.fallback(v.string(), ''),
    callCount: v.fallback(finite, 0),
    httpStatus: lenient(finite),
    errorMessage: lenient(v.string()),
    chainRefusal: lenient(v.picklist(['previous_response_id', 'store'])),
    conversationId: lenient(nonEmpty),
    serverState: lenient(v.picklist(['deleted', 'gone'])),
    usage: lenient(StoredUsage),
    timings: v.fallback(StoredTimings, {}),
    group: lenient(StoredGroup),
  }),
  v.transform((entry): HistoryEntry =>
    compact({ v: HISTORY_VERSION, ...entry, updatedAt: entry.updatedAt ?? entry.createdAt }),
  ),
);

/** A current-version body: the request text and id required; a view only in outline (drawn, not run). */
const StoredBody = v.pipe(
  v.object({
    id: nonEmpty,
    requestText: v.string(),
    turnInput: v.fallback(validItems(v.looseObject({})), []),
    view: lenient(v.looseObject({ items: v.array(v.unknown()), status: v.string() })),
  }),
  v.transform(({ view, ...body }): HistoryBody =>
    compact({ v: HISTORY_VERSION, ...body, view: view as HistoryBody['view'] }),
  ),
);

/** A stored or imported entry at the current version, or undefined when it is unusable or newer. */
export function migrateEntry(raw: unknown): HistoryEntry | undefined {
  const record = upgrade(raw, ENTRY_STEPS);
  return record && readOr(StoredEntry, record, undefined);
}

/** A stored or imported body at the current version, or undefined when it is unusable or newer. */
export function migrateBody(raw: unknown): HistoryBody | undefined {
  const record = upgrade(raw, BODY_STEPS);
  return record && readOr(StoredBody, record, undefined);
}
