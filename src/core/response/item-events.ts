/**
 * Output items and everything streamed into them: content parts, text, annotations, refusals,
 * function/custom/MCP arguments, code, reasoning. Deltas append, `done` events overwrite
 * (a `done` without its value keeps what we have), and `output_item.done` is authoritative.
 */
import { findItem, mergeAdded, mergeFinal, targetOf, updateItem, updateWire, withEntry } from './items';
import type { Handler } from './lifecycle';
import type { JsonObject } from './types';
import { isObject } from '../json';
import { index, str, text } from './wire';

type Pad = () => JsonObject;
/** Computes the new array entry from the old one (undefined when there was none) and the event. */
type Change = (old: JsonObject | undefined, e: JsonObject) => unknown;
const outputText: Pad = () => ({ type: 'output_text', text: '', annotations: [] });
const refusal: Pad = () => ({ type: 'refusal', refusal: '' });
const summaryText: Pad = () => ({ type: 'summary_text', text: '' });
const reasoningText: Pad = () => ({ type: 'reasoning_text', text: '' });

const contentIndex = (e: JsonObject) => index(e.content_index) ?? 0;
// new-api's chat→responses bridge sends `content_index` on reasoning-summary events.
const summaryIndex = (e: JsonObject) => index(e.summary_index) ?? index(e.content_index) ?? 0;

/** A handler that edits entry `at(e)` of array `key` of the target item. */
function part(
  seedType: string | ((e: JsonObject) => string),
  key: string,
  at: (e: JsonObject) => number,
  pad: Pad,
  change: Change,
): Handler {
  return (view, e) => ({
    items: updateWire(
      view.items,
      targetOf(e),
      typeof seedType === 'string' ? seedType : seedType(e),
      (item) => withEntry(item, key, at(e), pad, (old) => change(old, e)),
    ),
  });
}

function appendTo(field: string, pad: Pad): Change {
  return (old, e) => {
    const base = old ?? pad();
    return { ...base, [field]: text(base[field]) + text(e.delta) };
  };
}

function overwrite(field: string, from: string, pad: Pad): Change {
  return (old, e) => {
    const base = old ?? pad();
    const value = str(e[from]);
    return value === undefined ? base : { ...base, [field]: value };
  };
}

/** `*.added` part events: a part that deltas already built is kept (padding is not). */
function placePart(fallback: Pad): Change {
  return (old, e) => {
    const given = isObject(e.part) ? e.part : fallback();
    const built = old !== undefined && (text(old.text) !== '' || text(old.refusal) !== '');
    return built ? { ...given, ...old } : given;
  };
}

/** `*.done` part events: the final part wins. */
function finalPart(fallback: Pad): Change {
  return (old, e) => (isObject(e.part) ? e.part : (old ?? fallback()));
}

function fieldDelta(seedType: string, field: string): Handler {
  return (view, e) => ({
    items: updateWire(view.items, targetOf(e), seedType, (item) => ({
      ...item,
      [field]: text(item[field]) + text(e.delta),
    })),
  });
}

function fieldDone(seedType: string, field: string): Handler {
  return (view, e) => {
    const value = str(e[field]);
    if (value === undefined) return undefined;
    return {
      items: updateWire(view.items, targetOf(e), seedType, (item) => {
        const next: JsonObject = { ...item, [field]: value };
        // 6.x events still carry the function name; use it if the item never said.
        const name = str(e.name);
        if (name !== undefined && !str(item.name)) next.name = name;
        return next;
      }),
    };
  };
}

function annotate(old: JsonObject | undefined, e: JsonObject): JsonObject {
  const base = old ?? outputText();
  const list: unknown[] = Array.isArray(base.annotations) ? base.annotations.slice() : [];
  const at = index(e.annotation_index) ?? list.length;
  while (list.length < at) list.push(null);
  list[at] = e.annotation ?? null;
  return { ...base, annotations: list };
}

const outputItemAdded: Handler = (view, e) => {
  if (!isObject(e.item)) return undefined;
  const added = e.item;
  const target = { outputIndex: index(e.output_index), itemId: str(added.id) };
  return {
    items: updateItem(view.items, target, str(added.type) ?? 'message', (entry) => ({
      ...entry,
      item: mergeAdded(added, entry.item),
    })),
  };
};

const outputItemDone: Handler = (view, e) => {
  if (!isObject(e.item)) return undefined;
  const final = e.item;
  const target = { outputIndex: index(e.output_index), itemId: str(final.id) };
  const known = findItem(view.items, target) >= 0;
  return {
    items: updateItem(view.items, target, str(final.type) ?? 'message', (entry) => ({
      ...entry,
      item: mergeFinal(final, known ? entry.item : undefined),
      done: true,
    })),
  };
};

/** Content parts live in `content[]` of a message, or of a reasoning item for `reasoning_text`. */
const partOwner = (e: JsonObject) =>
  isObject(e.part) && e.part.type === 'reasoning_text' ? 'reasoning' : 'message';
const contentPart = (change: Change) => part(partOwner, 'content', contentIndex, outputText, change);

const messagePart = (pad: Pad, change: Change) => part('message', 'content', contentIndex, pad, change);
const summaryPart = (change: Change) => part('reasoning', 'summary', summaryIndex, summaryText, change);
const reasoningPart = (change: Change) => part('reasoning', 'content', contentIndex, reasoningText, change);

export const itemHandlers = {
  'response.output_item.added': outputItemAdded,
  'response.output_item.done': outputItemDone,
  'response.content_part.added': contentPart(placePart(outputText)),
  'response.content_part.done': contentPart(finalPart(outputText)),
  'response.output_text.delta': messagePart(outputText, appendTo('text', outputText)),
  'response.output_text.done': messagePart(outputText, overwrite('text', 'text', outputText)),
  'response.output_text.annotation.added': messagePart(outputText, annotate),
  'response.refusal.delta': messagePart(refusal, appendTo('refusal', refusal)),
  'response.refusal.done': messagePart(refusal, overwrite('refusal', 'refusal', refusal)),
  'response.function_call_arguments.delta': fieldDelta('function_call', 'arguments'),
  'response.function_call_arguments.done': fieldDone('function_call', 'arguments'),
  'response.custom_tool_call_input.delta': fieldDelta('custom_tool_call', 'input'),
  'response.custom_tool_call_input.done': fieldDone('custom_tool_call', 'input'),
  'response.mcp_call_arguments.delta': fieldDelta('mcp_call', 'arguments'),
  'response.mcp_call_arguments.done': fieldDone('mcp_call', 'arguments'),
  'response.code_interpreter_call_code.delta': fieldDelta('code_interpreter_call', 'code'),
  'response.code_interpreter_call_code.done': fieldDone('code_interpreter_call', 'code'),
  'response.reasoning_summary_part.added': summaryPart(placePart(summaryText)),
  'response.reasoning_summary_part.done': summaryPart(finalPart(summaryText)),
  'response.reasoning_summary_text.delta': summaryPart(appendTo('text', summaryText)),
  'response.reasoning_summary_text.done': summaryPart(overwrite('text', 'text', summaryText)),
  'response.reasoning_text.delta': reasoningPart(appendTo('text', reasoningText)),
  'response.reasoning_text.done': reasoningPart(overwrite('text', 'text', reasoningText)),
} satisfies Record<string, Handler>;
