/**
 * The built app on a plain static host under a sub-path (e2e/servers/static-server.ts: GET/HEAD of
 * files, nothing else), as GitHub Pages or a relay's docs site would serve it. The demo backend runs
 * in the browser there; everything else works as under `npm start`, minus the local proxy.
 */
import { createDemoBackend } from '../server/demo';
import { APP_PORT, STATIC_APP_URL, STATIC_PORT } from '../playwright.config';
import { expect, foreignRequests, test, type Page } from './fixtures';
import { ConnectionPage } from './pages/connection-page';
import { PlaygroundPage } from './pages/playground-page';
import { SharingPage } from './pages/sharing-page';
import { ThreadPage } from './pages/thread-page';
import { SEED, SEED_REQUEST, sendAndWait } from './pages/turns';
import { requestFragment } from './pages/deep-links';

const STATIC_ORIGIN = `http://127.0.0.1:${STATIC_PORT}`;
const DEMO_BASE = `${STATIC_APP_URL}demo/v1`;

/** The texts of a Responses object's output messages. */
function outputTexts(response: unknown): string[] {
  const output = (response as { output?: { content?: { text?: string }[] }[] }).output ?? [];
  return output.flatMap((item) => (item.content ?? []).map((part) => part.text ?? ''));
}

test('the default request streams from the demo backend running in the browser, on the first load', async ({
  playground,
  page,
}) => {
  await playground.open();
  await expect(playground.baseUrl).toHaveValue(DEMO_BASE);
  const answered = page.waitForResponse((r) => r.url() === `${DEMO_BASE}/responses`);
  await playground.send();
  const response = await answered;
  expect(response.fromServiceWorker()).toBe(true);
  expect(response.headers()['content-type']).toMatch(/^text\/event-stream/);
  await playground.expectStatus('streaming');
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
  await playground.expectStatus('completed');
  await expect(playground.output.getByLabel('Response id')).toHaveText(/^resp_/);
  await expect(playground.alert()).toHaveCount(0);
  await expect(page.getByText('answers without a key, inside this browser')).toBeVisible();
});

test('the in-browser demo gives the same answers as the server’s, and its error models', async ({
  playground,
  page,
}) => {
  await playground.open();
  const body = JSON.stringify({ model: 'gpt-4.1', input: 'Same answer everywhere? 你好 👋' });
  const inBrowser = await page.evaluate(
    async ([url, text]) => (await fetch(url!, { method: 'POST', body: text })).json() as Promise<unknown>,
    [`${DEMO_BASE}/responses`, body],
  );
  const onServer = (await (
    await createDemoBackend()(new Request('http://x/demo/v1/responses', { method: 'POST', body }))
  ).json()) as unknown;
  expect(outputTexts(inBrowser)).toEqual(outputTexts(onServer));
  expect(outputTexts(inBrowser).join('')).toContain('Same answer everywhere');

  await playground.setRequest({ model: 'demo-error-429', input: 'x', stream: true });
  await playground.send();
  await playground.expectStatus('failed');
  await expect(playground.alert()).toContainText('429');
});

test('a function-calling round trip on the in-browser demo: tool outputs continue the response', async ({
  playground,
  page,
}) => {
  const thread = new ThreadPage(page);
  await playground.open();
  await playground.setRequest(SEED_REQUEST);
  const first = await sendAndWait(playground, () => playground.send());
  await expect(thread.outputBoxes()).toHaveCount(4);
  const callIds = await thread.callIds();
  for (const [i, callId] of callIds.entries()) await thread.outputFor(callId).fill(`answer ${i}`);
  const second = await sendAndWait(playground, () => thread.sendToolOutputs.click());
  expect(second).not.toBe(first);
  const continuation = playground.output.getByRole('article', { name: 'Assistant message' });
  for (const [i, callId] of callIds.entries()) {
    await expect(continuation).toContainText(callId);
    await expect(continuation).toContainText(`answer ${i}`);
  }
});

test('the seed’s parallel calls stream from a relay, and their outputs round-trip', async ({
  playground,
  page,
  relay,
}) => {
  const scenario = `relay/static-${Date.now()}`;
  const thread = new ThreadPage(page);
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl(scenario));
  // No local proxy on a static host.
  await expect(new ConnectionPage(page).useProxy).toHaveCount(0);
  await playground.setRequest({ ...SEED, stream: true });
  const sentText = await playground.requestText();
  await playground.send();
  await playground.expectStatus('streaming');
  await playground.expectStatus('completed');
  for (const name of ['random_generator', 'system_info', 'math_calculator', 'current_time'])
    await expect(playground.functionCall(name)).toContainText(/call_/);
  expect((await relay.requests(scenario)).at(-1)?.body).toBe(sentText);

  const callIds = await thread.callIds();
  expect(callIds).toHaveLength(4);
  for (const callId of callIds) await thread.outputFor(callId).fill(`{"ok": "${callId}"}`);
  await thread.sendToolOutputs.click();
  await playground.expectStatus('completed');
  const continuation = playground.output.getByRole('article', { name: 'Assistant message' });
  await expect(continuation).toContainText('Tool results received');
  for (const callId of callIds) await expect(continuation).toContainText(callId);
  const followUp = JSON.parse((await relay.requests(scenario)).at(-1)?.body ?? '{}') as { input?: unknown };
  expect(followUp.input).toEqual(
    callIds.map((call_id) => ({ type: 'function_call_output', call_id, output: `{"ok": "${call_id}"}` })),
  );
});

test('a CORS refusal names the two ways out; the local proxy is not offered', async ({
  playground,
  relay,
  page,
}) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl(`no-cors/static-${Date.now()}`));
  await playground.setRequest({ model: 'm', input: 'hi', stream: true });
  await playground.send();
  await playground.expectStatus('failed');
  await expect(playground.alert()).toContainText(/CORS/);
  await expect(playground.alert()).toContainText('npm start');
  await expect(page.getByText(/Two ways out: use an endpoint that sends CORS headers/).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Turn on the local proxy' })).toHaveCount(0);
  await expect(new ConnectionPage(page).useProxy).toHaveCount(0);
});

test('a share link made here opens here in a fresh browser, and sends to the in-browser demo', async ({
  playground,
  page,
  browser,
}) => {
  const text = `${JSON.stringify({ model: 'gpt-4.1', input: 'shared from a static host 你好', stream: true }, null, 2)}\n`;
  await playground.open();
  await playground.setRequest(text);
  const sharing = new SharingPage(page);
  await sharing.share.click();
  await sharing.includeBaseUrl.check();
  await expect(sharing.shareLink).toHaveValue(/#share=[A-Za-z0-9_-]+$/);
  const link = await sharing.shareLink.inputValue();
  expect(link.startsWith(STATIC_APP_URL)).toBe(true);

  const context = await browser.newContext();
  const foreign = foreignRequests(context);
  const fresh = new PlaygroundPage(await context.newPage());
  await fresh.page.goto(link);
  await expect.poll(() => fresh.requestText()).toBe(text);
  await expect(fresh.baseUrl).toHaveValue(DEMO_BASE);
  await fresh.send();
  await fresh.expectStatus('completed');
  expect(foreign).toEqual([]);
  await context.close();
});

test('a deep link with base_url opens the request and the relay', async ({ playground, relay, page }) => {
  const request = { model: 'gpt-4.1', input: 'from the docs 你好', stream: true };
  const scenario = `litellm/static-${Date.now()}`;
  const base = relay.baseUrl(scenario);
  await playground.open(requestFragment(request, base));
  await expect.poll(async () => JSON.parse(await playground.requestText()) as unknown).toEqual(request);
  await expect(playground.baseUrl).toHaveValue(base);
  expect(new URL(page.url()).pathname).toBe('/some/path/');
  await playground.send();
  await playground.expectStatus('completed');
  expect(JSON.parse((await relay.requests(scenario)).at(-1)?.body ?? '{}')).toEqual(request);
});

async function openAt(page: Page, path: string): Promise<PlaygroundPage> {
  const playground = new PlaygroundPage(page);
  await page.goto(`${STATIC_ORIGIN}${path}`);
  await expect(page.getByRole('textbox', { name: 'Request JSON' })).toBeVisible();
  return playground;
}

test('playground.json sets first-visit defaults; what the visitor chooses later wins', async ({ page }) => {
  const playground = await openAt(page, '/configured/app/');
  const connection = new ConnectionPage(page);
  await expect(playground.baseUrl).toHaveValue('https://api.docs-relay.example/v1');
  await expect(connection.profile).toContainText('Docs relay');
  await expect
    .poll(async () => JSON.parse(await playground.requestText()) as unknown)
    .toMatchObject({
      model: 'relay-docs-model',
    });

  const sharing = new SharingPage(page);
  await sharing.presets.click();
  const site = sharing.dialog('Presets').getByRole('list', { name: 'Presets from this site' });
  await expect(site).toContainText('The first request of our docs.');
  await site.getByRole('button', { name: 'Load Docs: hello' }).click();
  await expect.poll(() => playground.requestText()).toContain('你好 from the docs');

  // The visitor goes back to the demo; a reload keeps that choice.
  await page.getByRole('button', { name: 'Use demo backend' }).click();
  await expect(playground.baseUrl).toHaveValue(`${STATIC_ORIGIN}/configured/app/demo/v1`);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Request JSON' })).toBeVisible();
  await expect(playground.baseUrl).toHaveValue(`${STATIC_ORIGIN}/configured/app/demo/v1`);
  await playground.send();
  await playground.expectStatus('completed');
});

test('a broken playground.json is reported and ignored', async ({ page }) => {
  const playground = await openAt(page, '/broken/app/');
  await expect(playground.alert()).toContainText('playground.json was ignored');
  await expect(playground.alert()).toContainText('not valid JSON');
  await expect(playground.baseUrl).toHaveValue(`${STATIC_ORIGIN}/broken/app/demo/v1`);
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(playground.alert()).toHaveCount(0);
  await playground.send();
  await playground.expectStatus('completed');
});

test('without Service Workers the page says the demo cannot run here and how to get it', async ({
  browser,
}) => {
  const context = await browser.newContext();
  // As in browsers without them (some private modes, plain http:// hosts): no navigator.serviceWorker.
  await context.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });
  const foreign = foreignRequests(context);
  const playground = new PlaygroundPage(await context.newPage());
  await playground.open();
  await expect(playground.alert()).toContainText('The demo backend cannot run in this browser');
  await expect(playground.alert()).toContainText('npm start');
  await playground.send();
  await playground.expectStatus('failed');
  await expect(playground.output.getByRole('alert')).toContainText('npm start');
  expect(foreign).toEqual([]);
  await context.close();
});

test('under npm start nothing changes: the server answers the demo and no worker is registered', async ({
  page,
}) => {
  const playground = new PlaygroundPage(page);
  await page.goto(`http://127.0.0.1:${APP_PORT}/`);
  await expect(page.getByRole('textbox', { name: 'Request JSON' })).toBeVisible();
  await expect(playground.baseUrl).toHaveValue(`http://127.0.0.1:${APP_PORT}/demo/v1`);
  await playground.setRequest({
    model: 'gpt-4.1',
    input: 'hi',
    stream: true,
    metadata: { demo_pace_ms: '0' },
  });
  const answered = page.waitForResponse((r) => r.url().endsWith('/demo/v1/responses'));
  await playground.send();
  expect((await answered).fromServiceWorker()).toBe(false);
  await playground.expectStatus('completed');
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
});
