/**
 * `POST /v1/responses/compact` for the demo: the conversation's user messages followed by one
 * `compaction` item whose (not really) encrypted content lets the demo pick the thread up again: how
 * many turns came before and what the user last said.
 */
import { storedItem } from './items';
import type { JsonMap } from './request';
import { contentText, isMap, lastUserText } from './request';
import { estimateTokens } from './response-object';
import type { Rng } from './rng';
import type { StoredResponse } from './store';

interface CompactedState {
  turns: number;
  userText: string;
}

const MARK = 'demo-compaction:';

function encode(state: CompactedState): string {
  const bytes = new TextEncoder().encode(MARK + JSON.stringify(state));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function decode(content: string): CompactedState | undefined {
  try {
    const binary = atob(content);
    const text = new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    if (!text.startsWith(MARK)) return undefined;
    const value: unknown = JSON.parse(text.slice(MARK.length));
    if (!isMap(value) || typeof value.turns !== 'number' || typeof value.userText !== 'string')
      return undefined;
    return { turns: value.turns, userText: value.userText };
  } catch {
    return undefined;
  }
}

/** What a `compaction` item among the input says about the turns before it (the last one wins). */
export function compactedState(items: JsonMap[]): CompactedState | undefined {
  for (let i = items.length - 1; i >= 0; i--) {
    const item = items[i];
    if (item?.type === 'compaction' && typeof item.encrypted_content === 'string') {
      const state = decode(item.encrypted_content);
      if (state) return state;
    }
  }
  return undefined;
}

/**
 * The compacted output for a chain (oldest first) plus the request's own input items: every user
 * message, then one compaction item.
 */
export function compactOutput(
  chain: StoredResponse[],
  input: JsonMap[],
  rng: Rng,
): { output: JsonMap[]; inputTokens: number; outputTokens: number } {
  const all = [...chain.flatMap((entry) => [...entry.input, ...entry.response.output]), ...input];
  const earlier = compactedState(all);
  const users = all.filter(
    (item) => (item.type === undefined || item.type === 'message') && item.role === 'user',
  );
  const state: CompactedState = {
    turns: chain.at(-1)?.turn ?? earlier?.turns ?? 0,
    userText: lastUserText(all) || earlier?.userText || '',
  };
  const compaction = { id: `cmp_${rng.hex(40)}`, type: 'compaction', encrypted_content: encode(state) };
  const output = [...users.map((item) => storedItem(item, rng)), compaction];
  const inputTokens = estimateTokens(
    all.map((item) => contentText(item.content) || JSON.stringify(item)).join('\n'),
  );
  return { output, inputTokens, outputTokens: estimateTokens(compaction.encrypted_content) };
}
