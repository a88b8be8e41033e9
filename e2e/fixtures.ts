import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import { RELAY2_PORT, RELAY_PORT } from '../playwright.config';
import { PlaygroundPage } from './pages/playground-page';

/** A request the misbehaving relay received, as it recorded it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  /** `open`, `finished`, `client-closed` (the client went away first), `destroyed`, `silent`. */
  outcome?: string;
}

/** The local relay test server: scenario base URLs and what it received. */
export class Relay {
  readonly origin: string;

  constructor(port = RELAY_PORT) {
    this.origin = `http://127.0.0.1:${port}`;
  }

  baseUrl(scenario: string): string {
    return `${this.origin}/${scenario}/v1`;
  }

  /**
   * A base URL whose streams stop after their first delta until `release` is called with it, so a
   * test sees a half-streamed answer however fast or slow the machine is (`background-*` connections
   * that break stop right before the break instead).
   */
  heldBaseUrl(scenario: string): string {
    return `${this.origin}/${scenario}/hold-${Math.random().toString(36).slice(2)}/v1`;
  }

  /** Lets the held streams of `baseUrl` go on; waits until one was actually waiting. */
  async release(baseUrl: string): Promise<void> {
    const prefix = new URL(baseUrl).pathname.replace(/v1$/, '');
    await expect
      .poll(async () => {
        const res = await fetch(`${this.origin}/__release?prefix=${encodeURIComponent(prefix)}`, {
          method: 'POST',
        });
        return ((await res.json()) as { released: number }).released;
      })
      .toBeGreaterThan(0);
  }

  /**
   * A base URL of the test's own under `scenario` (a path no other test uses), with its path
   * prefix, so the test reads back only its own requests (`requestsUnder`).
   */
  ownRoute(scenario: string): { baseUrl: string; prefix: string } {
    const prefix = `/${scenario}/t-${Math.random().toString(36).slice(2, 10)}/`;
    return { baseUrl: `${this.origin}${prefix}v1`, prefix };
  }

  /** What the relay received under `prefix` (preflights left out), only `method`'s when given. */
  async requestsUnder(prefix: string, method?: string): Promise<RecordedRequest[]> {
    const res = await fetch(`${this.origin}/__requests?prefix=${encodeURIComponent(prefix)}`);
    const all = (await res.json()) as RecordedRequest[];
    return all.filter((r) => r.method !== 'OPTIONS' && (!method || r.method === method));
  }

  async requests(scenario?: string): Promise<RecordedRequest[]> {
    const res = await fetch(`${this.origin}/__requests`);
    const all = (await res.json()) as RecordedRequest[];
    return all.filter((r) => r.method !== 'OPTIONS' && (!scenario || r.path.startsWith(`/${scenario}/`)));
  }
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Records every request of `context` (pages and workers) that would leave the machine. */
export function foreignRequests(context: BrowserContext): string[] {
  const foreign: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !LOCAL_HOSTS.has(url.hostname)) {
      foreign.push(request.url());
    }
  });
  return foreign;
}

export const test = base.extend<{
  playground: PlaygroundPage;
  relay: Relay;
  /** A second relay server (another port), for tests that talk to two at once. */
  relay2: Relay;
  offlineGuard: void;
}>({
  // Every test records every request its pages make and fails if one leaves the machine.
  offlineGuard: [
    async ({ context }, use) => {
      const foreign = foreignRequests(context);
      await use();
      expect(foreign, 'requests that left the machine').toEqual([]);
    },
    { auto: true },
  ],
  playground: async ({ page }, use) => {
    await use(new PlaygroundPage(page));
  },
  relay: async ({}, use) => {
    await use(new Relay());
  },
  relay2: async ({}, use) => {
    await use(new Relay(RELAY2_PORT));
  },
});

export { expect };
export type { Page };
