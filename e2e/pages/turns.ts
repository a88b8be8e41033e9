import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { PlaygroundPage } from './playground-page';

/** Helpers for round-trip specs: requests to send, what the page sent, and waiting for answers. */

export type Body = Record<string, unknown>;

export const SEED = JSON.parse(
  readFileSync(new URL('../data/seed-parallel-tools.json', import.meta.url), 'utf8'),
) as Body;
/** The seed, streamed, with the demo backend unpaced so tests stay quick. */
export const SEED_REQUEST = {
  ...SEED,
  stream: true,
  metadata: { ...(SEED.metadata as Body), demo_pace_ms: '0' },
};
export const TEXT_REQUEST = {
  model: 'gpt-4.1-mini',
  input: 'Turn one: name three rivers.',
  stream: true,
  metadata: { demo_pace_ms: '0' },
};

/** Every POST …/responses body the page sends, in order. */
export function recordBodies(page: Page): Body[] {
  const bodies: Body[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/responses')) {
      bodies.push(JSON.parse(request.postData() ?? '{}') as Body);
    }
  });
  return bodies;
}

/** The response id Output shows. */
export async function shownResponseId(playground: PlaygroundPage): Promise<string> {
  const id = playground.output.getByLabel('Response id');
  await expect(id).toHaveText(/^resp_/);
  return (await id.textContent()) ?? '';
}

/** Runs `action` (a send of some kind), waits for a completed answer, returns its response id. */
export async function sendAndWait(playground: PlaygroundPage, action: () => Promise<void>): Promise<string> {
  await action();
  await playground.expectStatus('completed');
  return shownResponseId(playground);
}
