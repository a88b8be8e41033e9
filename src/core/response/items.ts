/**
 * Copy-on-write helpers over `view.items`. Every change copies the items array, the touched
 * ItemView, the touched wire item and the touched nested array/part, and nothing else, so a delta
 * costs O(items + parts of one item) no matter how long the stream has run.
 */
import type { ItemView, JsonObject } from './types';
import { isObject } from '../json';
import { index, str } from './wire';

/** Where an event points. `output_index` is the primary key; `item_id` is the fallback. */
export interface Target {
  outputIndex?: number;
  itemId?: string;
}

export function targetOf(event: JsonObject): Target {
  return { outputIndex: index(event.output_index), itemId: str(event.item_id) };
}

/** Position in `items` of the item an event points to, or -1. */
export function findItem(items: readonly ItemView[], target: Target): number {
  const { outputIndex, itemId } = target;
  if (outputIndex !== undefined) {
    // Fast path: indexes are usually dense, so the position equals the output index.
    if (items[outputIndex]?.outputIndex === outputIndex) return outputIndex;
    const at = items.findIndex((it) => it.outputIndex === outputIndex);
    if (at >= 0) return at;
  }
  if (itemId !== undefined) return items.findIndex((it) => it.item.id === itemId);
  return -1;
}

/** Insert keeping `items` sorted by outputIndex (returns a new array). */
export function insertItem(items: readonly ItemView[], entry: ItemView): ItemView[] {
  const next = items.slice();
  let at = next.length;
  while (at > 0 && (next[at - 1]?.outputIndex ?? -1) > entry.outputIndex) at -= 1;
  next.splice(at, 0, entry);
  return next;
}

function nextOutputIndex(items: readonly ItemView[]): number {
  const last = items[items.length - 1];
  return last === undefined ? 0 : last.outputIndex + 1;
}

/**
 * Apply `change` to the item an event points to. When the stream skipped `output_item.added`
 * (LiteLLM #22102), the item is created from `seedType` first, so no delta is ever dropped.
 */
export function updateItem(
  items: readonly ItemView[],
  target: Target,
  seedType: string,
  change: (entry: ItemView) => ItemView,
): ItemView[] {
  const at = findItem(items, target);
  if (at >= 0) {
    const next = items.slice();
    next[at] = change(items[at] as ItemView);
    return next;
  }
  const item: JsonObject = seedItem(seedType);
  if (target.itemId !== undefined) item.id = target.itemId;
  const outputIndex = target.outputIndex ?? nextOutputIndex(items);
  return insertItem(items, change({ outputIndex, item, done: false }));
}

/** Apply `change` to the wire item only. */
export function updateWire(
  items: readonly ItemView[],
  target: Target,
  seedType: string,
  change: (item: JsonObject) => JsonObject,
): ItemView[] {
  return updateItem(items, target, seedType, (entry) => ({ ...entry, item: change(entry.item) }));
}

/** The smallest item of a type that deltas can accumulate into. */
export function seedItem(type: string): JsonObject {
  switch (type) {
    case 'message':
      return { type, role: 'assistant', status: 'in_progress', content: [] };
    case 'reasoning':
      return { type, summary: [] };
    case 'function_call':
      return { type, call_id: '', name: '', arguments: '', status: 'in_progress' };
    case 'custom_tool_call':
      return { type, call_id: '', name: '', input: '' };
    case 'mcp_call':
      return { type, server_label: '', name: '', arguments: '' };
    case 'shell_call':
      return { type, status: 'in_progress', action: { commands: [] } };
    case 'shell_call_output':
      return { type, status: 'in_progress', output: [] };
    default:
      return { type };
  }
}

/**
 * Copy of `item` whose array `key` has entry `at` replaced by `change(old)`. A missing array is
 * created and holes are padded with `pad()`, because relays omit `content`/`summary` (new-api #7087).
 */
export function withEntry(
  item: JsonObject,
  key: string,
  at: number,
  pad: () => JsonObject,
  change: (old: JsonObject | undefined) => unknown,
): JsonObject {
  const current = item[key];
  const list: unknown[] = Array.isArray(current) ? current.slice() : [];
  while (list.length < at) list.push(pad());
  const old = list[at];
  list[at] = change(isObject(old) ? old : undefined);
  return { ...item, [key]: list };
}

/** Fields deltas accumulate into: a `done` copy or a late `added` copy lacking them keeps ours. */
const ACCUMULATED = ['content', 'summary', 'arguments', 'input', 'code', 'output', 'action'];

/** Non-empty text or list, or an object holding one (a shell `action` with commands). */
function hasData(value: unknown): boolean {
  if (typeof value === 'string' || Array.isArray(value)) return value.length > 0;
  return isObject(value) && Object.values(value).some(hasData);
}

/**
 * Merge a late `output_item.added` copy with what deltas already built: the copy supplies the
 * identity (call_id, name, …); accumulated fields that already hold data are kept.
 */
export function mergeAdded(added: JsonObject, local: JsonObject): JsonObject {
  const merged: JsonObject = { ...added };
  for (const [key, value] of Object.entries(local)) {
    // JSON.parse makes `__proto__` an own key; assigning it would swap the prototype instead.
    if (key === '__proto__') continue;
    if (merged[key] === undefined || (ACCUMULATED.includes(key) && hasData(value))) merged[key] = value;
  }
  return merged;
}

/**
 * An authoritative final copy (`output_item.done`, `response.completed.output[i]`) wins, except
 * where a relay left out an array we did accumulate (new-api builds items without `content`/`summary`).
 */
export function mergeFinal(final: JsonObject, local: JsonObject | undefined): JsonObject {
  if (local === undefined) return final;
  let merged = final;
  for (const key of ['content', 'summary']) {
    if (!Array.isArray(final[key]) && Array.isArray(local[key]) && (local[key] as unknown[]).length) {
      merged = merged === final ? { ...final } : merged;
      merged[key] = local[key];
    }
  }
  return merged;
}
