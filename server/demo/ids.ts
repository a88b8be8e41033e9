import type { Rng } from './rng';

/**
 * OpenAI-looking ids. Real ones are `resp_` + 8 hex of the creation time + 40 hex, and the items of a
 * response share its last 16 hex digits; call ids are `call_` + 24 alphanumerics.
 */
export interface IdFactory {
  readonly responseId: string;
  item(prefix: 'msg' | 'fc' | 'rs'): string;
  callId(): string;
  requestId(): string;
}

export function createIdFactory(rng: Rng, createdAt: number): IdFactory {
  const stamp = (createdAt >>> 0).toString(16).padStart(8, '0');
  const suffix = rng.hex(16);
  return {
    responseId: `resp_${stamp}${rng.hex(24)}${suffix}`,
    item: (prefix) => `${prefix}_${stamp}${rng.hex(24)}${suffix}`,
    callId: () => `call_${rng.alnum(24)}`,
    requestId: () => `req_${rng.hex(32)}`,
  };
}
