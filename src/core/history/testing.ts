/** Test helpers: entries and views with only the fields a test cares about. */
import { initialView } from '../response/reduce';
import type { JsonObject, ResponseView } from '../response/types';
import { HISTORY_VERSION, type HistoryEntry } from './types';

export function entry(id: string, fields: Partial<HistoryEntry> = {}): HistoryEntry {
  const createdAt = fields.createdAt ?? Number(id.replace(/\D/g, '') || 0);
  return {
    v: HISTORY_VERSION,
    id,
    createdAt,
    updatedAt: createdAt,
    baseUrl: 'http://127.0.0.1/demo/v1',
    mode: 'chain',
    kind: 'request',
    status: 'completed',
    inputPreview: '',
    outputPreview: '',
    callCount: 0,
    timings: {},
    ...fields,
  };
}

/** A finished view holding these output items (in order). */
export function viewWith(items: JsonObject[], fields: Partial<ResponseView> = {}): ResponseView {
  return {
    ...initialView(),
    status: 'completed',
    items: items.map((item, outputIndex) => ({ outputIndex, item, done: true })),
    ...fields,
  };
}
