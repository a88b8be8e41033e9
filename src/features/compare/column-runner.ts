/**
 * Runs one column: its runs one after another, each an independent stream with its own view,
 * event counts and frame batcher (never an accumulator shared with another column), recorded in
 * history as an entry of the comparison's group.
 */
import { sendResponsesRequest } from '../../core/api/send-request';
import type { Endpoint } from '../../core/api/types';
import { countEventType, runMeasures, type ColumnRun, type ModelPrice } from '../../core/compare';
import { toolCalls, type EntryGroup } from '../../core/history';
import { initialView, reduceRun } from '../../core/response/reduce';
import { isLive, outputText } from '../../core/response/selectors';
import type { RunAction } from '../../core/response/types';
import { createFrameBatcher } from '../../state/run';
import { recordGroupRun } from '../history';
import { patchLive, useCompareStore } from './compare-store';

const TERMINAL = new Set<RunAction['kind']>(['end', 'abort', 'error', 'json']);
/** Readable response headers kept per column (a hostile server cannot flood the page). */
const MAX_HEADERS = 60;

export interface ColumnJob {
  columnId: string;
  column: number;
  endpoint: Endpoint;
  body: string;
  runs: number;
  group: EntryGroup;
  price?: ModelPrice;
}

interface Handle {
  controller?: AbortController;
  stopped: boolean;
}

/** The running handle of each column; a new Send all replaces them. */
const handles = new Map<string, Handle>();

/** Stops a column: aborts its stream (what arrived stays, the status says cancelled) and its next runs. */
export function stopColumn(columnId: string): void {
  const handle = handles.get(columnId);
  if (!handle) return;
  handle.stopped = true;
  handle.controller?.abort();
}

/** Stops a column and forgets it: a removed column's last run must not write its state back. */
export function forgetColumn(columnId: string): void {
  stopColumn(columnId);
  handles.delete(columnId);
}

export function stopAllColumns(): void {
  for (const id of handles.keys()) stopColumn(id);
}

/** Runs a column's job to the end (or until stopped). Never rejects. */
export async function runColumn(job: ColumnJob): Promise<void> {
  stopColumn(job.columnId);
  const handle: Handle = { stopped: false };
  handles.set(job.columnId, handle);
  const current = () => handles.get(job.columnId) === handle;
  patchLive(job.columnId, {
    running: true,
    runs: [],
    runIndex: 0,
    runTotal: job.runs,
    sentBody: job.body,
    responseHeaders: undefined,
    blocked: undefined,
  });
  try {
    for (let run = 0; run < job.runs && !handle.stopped; run++) {
      const result = await runOnce(job, run, handle, current);
      if (!current()) return;
      const runs = [...(useCompareStore.getState().live[job.columnId]?.runs ?? []), result];
      patchLive(job.columnId, { runs });
      if (result.status === 'cancelled') break;
    }
  } finally {
    if (current()) {
      handle.stopped = true;
      patchLive(job.columnId, { running: false });
    }
  }
}

async function runOnce(
  job: ColumnJob,
  run: number,
  handle: Handle,
  current: () => boolean,
): Promise<ColumnRun> {
  const controller = new AbortController();
  handle.controller = controller;
  const counts = new Map<string, number>();
  let view = initialView();
  const publish = () => {
    if (current()) patchLive(job.columnId, { view, eventTypes: Object.fromEntries(counts) });
  };
  // Deltas come far faster than frames: fold every action at once, draw at most once per frame.
  const batcher = createFrameBatcher(publish);
  patchLive(job.columnId, { view, eventTypes: {}, runIndex: run });
  const recording = recordGroupRun({ endpoint: job.endpoint, body: job.body, group: { ...job.group, run } });

  await sendResponsesRequest({
    endpoint: job.endpoint,
    body: job.body,
    signal: controller.signal,
    onResponse: ({ headers }) => {
      if (current()) patchLive(job.columnId, { responseHeaders: [...headers].slice(0, MAX_HEADERS) });
    },
    onAction: (action) => {
      view = reduceRun(view, action);
      if (action.kind === 'event') countEventType(counts, action.event.type);
      if (TERMINAL.has(action.kind) || !isLive(view.status)) batcher.flushNow();
      else batcher.schedule();
      recording.update(view);
    },
  });
  batcher.flushNow();
  const eventTypes = Object.fromEntries(counts);
  recording.finish(view, { eventTypes });
  return {
    status: view.status,
    measures: runMeasures(view, job.price),
    eventTypes,
    answer: outputText(view),
    toolCalls: toolCalls(view),
    ...(view.model ? { model: view.model } : {}),
  };
}
