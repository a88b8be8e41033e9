/** Which event types each stream sent that another did not (relays drop, rename and add events). */

export interface EventTypeDiff {
  /** Types only the first stream sent, sorted. */
  onlyA: string[];
  /** Types only the second stream sent, sorted. */
  onlyB: string[];
  /** Types both sent, a different number of times. */
  counts: { type: string; a: number; b: number }[];
}

/**
 * Compares two streams' event type counts.
 *
 * @param a event type → how many times the first stream sent it
 * @param b the same for the second stream
 */
export function diffEventTypes(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): EventTypeDiff {
  const typesA = Object.keys(a);
  const typesB = Object.keys(b);
  const onlyA = typesA.filter((t) => !Object.hasOwn(b, t)).sort();
  const onlyB = typesB.filter((t) => !Object.hasOwn(a, t)).sort();
  const counts = typesA
    .filter((t) => Object.hasOwn(b, t) && a[t] !== b[t])
    .sort()
    .map((type) => ({ type, a: a[type] ?? 0, b: b[type] ?? 0 }));
  return { onlyA, onlyB, counts };
}

/** Most distinct types counted per stream: a hostile stream inventing types cannot grow memory forever. */
export const MAX_EVENT_TYPES = 200;
/** The name counted for an event with no `type` (a chat-style `{"error":…}` frame). */
export const UNTYPED_EVENT = '(no type)';

/**
 * Counts one event's type into `counts` (mutated: it is called once per event of a stream). A Map,
 * so a type named `__proto__` is just a name. Types beyond {@link MAX_EVENT_TYPES} count as `(other)`.
 */
export function countEventType(counts: Map<string, number>, type: unknown): void {
  const name = typeof type === 'string' && type !== '' ? type.slice(0, 120) : UNTYPED_EVENT;
  const seen = counts.get(name);
  if (seen !== undefined) counts.set(name, seen + 1);
  else if (counts.size < MAX_EVENT_TYPES) counts.set(name, 1);
  else counts.set('(other)', (counts.get('(other)') ?? 0) + 1);
}
