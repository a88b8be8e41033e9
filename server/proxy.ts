/**
 * The seam for the local proxy (UI contract: "Use local proxy"). It will be mounted at `/proxy/` by
 * server/main.ts; until it exists, `createProxyListener` returns undefined and `/proxy/` answers 501.
 * The proxy, when built, must stream without buffering and refuse requests not made by the app's page.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export const PROXY_PREFIX = '/proxy/';

export type ProxyListener = (req: IncomingMessage, res: ServerResponse) => void;

/** The `/proxy/` listener, or undefined while the local proxy is not implemented. */
export function createProxyListener(): ProxyListener | undefined {
  return undefined;
}
