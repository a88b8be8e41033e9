/**
 * Who may use the local proxy: only the app's own page, on this machine. Checks, in order:
 * 1. the peer is a loopback address (the proxy never serves the network, whatever HOST is bound);
 * 2. the Host header names a loopback host (or one explicitly allowed) on the port we listen on, so a
 *    DNS-rebinding page (evil.example resolving to 127.0.0.1) is refused;
 * 3. Origin is exactly this server's origin; without Origin (same-origin GETs), `Sec-Fetch-Site`
 *    must say `same-origin`. Other sites' pages (CSRF) are refused, and so are tools that send
 *    neither, unless `allowTools` (the demo backend: curl on this machine may call it, as the exported
 *    snippets do; a browser always sends one of the two for another site's request).
 */
import type { IncomingMessage } from 'node:http';

export type SourceCheck = { ok: true; origin: string } | { ok: false; message: string };

const HOST_HEADER = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/** `localhost`, `*.localhost`, 127.x.y.z and [::1]: names that can only mean this machine. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || isLoopbackAddress(name);
}

/**
 * Decides whether a request comes from the app's own page on this machine.
 *
 * @param req the incoming request
 * @param allowedHosts extra host names (without port) the app may be served under
 * @param options `allowTools`: also accept requests that carry neither Origin nor Sec-Fetch-Site;
 *   `service`: who refuses, in the messages
 */
export function checkSource(
  req: IncomingMessage,
  allowedHosts: readonly string[] = [],
  { allowTools = false, service = 'The local proxy' }: { allowTools?: boolean; service?: string } = {},
): SourceCheck {
  if (!isLoopbackAddress(req.socket.remoteAddress))
    return { ok: false, message: `${service} only serves pages opened on this machine.` };
  const host = req.headers.host ?? '';
  if (!HOST_HEADER.test(host))
    return {
      ok: false,
      message: `${service} refused a request with a missing or malformed Host header.`,
    };
  const hostUrl = new URL(`http://${host}`);
  const port = hostUrl.port === '' ? 80 : Number(hostUrl.port);
  const known =
    isLoopbackHostname(hostUrl.hostname) ||
    allowedHosts.some((h) => h.toLowerCase() === hostUrl.hostname.toLowerCase());
  if (!known || port !== req.socket.localPort)
    return {
      ok: false,
      message: `${service} refused the Host "${host}": open the playground at a loopback address (127.0.0.1 or localhost).`,
    };
  const self = hostUrl.origin;
  const origin = header(req, 'origin');
  const site = header(req, 'sec-fetch-site');
  if (origin !== undefined) {
    if (origin !== self)
      return {
        ok: false,
        message: `${service} only accepts requests from the playground's own page (${self}), not from ${origin}.`,
      };
  } else if (allowTools && (site === undefined || site === 'none')) {
    return { ok: true, origin: self }; // a tool, or an address typed into the browser
  } else if (site !== 'same-origin') {
    return { ok: false, message: `${service} only accepts requests from the playground's own page.` };
  }
  if (site !== undefined && site !== 'same-origin')
    return { ok: false, message: `${service} only accepts requests from the playground's own page.` };
  return { ok: true, origin: self };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
