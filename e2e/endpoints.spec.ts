import { createServer } from 'node:net';
import { expect, test } from './fixtures';
import { ConnectionPage } from './pages/connection-page';

/** A base URL of its own under a relay scenario, so parallel tests can tell their requests apart. */
function ownBase(origin: string, scenario: string, tag: string): string {
  return `${origin}/${scenario}/${tag}-${Date.now()}/v1`;
}

test('a relay without CORS fails with an explanation, then works through the local proxy', async ({
  playground,
  relay,
  page,
}) => {
  const connection = new ConnectionPage(page);
  const base = ownBase(relay.origin, 'no-cors', 'proxy');
  await playground.open();
  await playground.useBaseUrl(base);
  await playground.apiKey.fill('sk-no-cors');
  await playground.setRequest({ model: 'gpt-4.1', input: 'hi', stream: true });
  const sentText = await playground.requestText();

  await playground.send();
  await playground.expectStatus('failed');
  // A no-cors look reached the relay: the failure is named CORS, not "unreachable".
  await expect(playground.alert()).toContainText(/reachable, but the browser blocked the answer/i);
  await expect(playground.alert()).toContainText(/CORS/);
  await expect(playground.alert()).toContainText(/Use local proxy/);
  await expect(page.getByText(/If it sends no CORS headers/)).toBeVisible();

  await connection.useProxy.check();
  await playground.send();
  await playground.expectStatus('completed');
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).toContainText(
    'Hello from the relay',
  );

  const received = (await relay.requests('no-cors')).filter((r) => r.path.startsWith(new URL(base).pathname));
  const post = received.filter((r) => r.method === 'POST').at(-1);
  expect(post?.body).toBe(sentText);
  expect(post?.headers.authorization).toBe('Bearer sk-no-cors');
  // The proxy tells the relay nothing about the page.
  expect(post?.headers.origin).toBeUndefined();
  expect(post?.headers['x-proxy-target']).toBeUndefined();

  // The choice belongs to the profile and survives a reload.
  await page.reload();
  await expect(connection.useProxy).toBeChecked();
});

test('the model picker lists the endpoint’s models and edits model in Request JSON', async ({
  playground,
  relay,
  page,
}) => {
  const connection = new ConnectionPage(page);
  await playground.open();
  await playground.setRequest('{\n  "model": "gpt-4.1",\n  "input": "hi",\n  "stream": true\n}');

  // The demo's list loads by itself.
  await connection.model.click();
  await expect(connection.models.getByRole('option', { name: 'o4-mini' })).toBeVisible();
  await connection.models.getByRole('option', { name: 'o4-mini' }).click();
  await expect
    .poll(() => playground.requestText())
    .toBe('{\n  "model": "o4-mini",\n  "input": "hi",\n  "stream": true\n}');

  // Free text goes straight into the JSON.
  await connection.model.fill('my-fine-tune:v2');
  await expect
    .poll(async () => JSON.parse(await playground.requestText()) as unknown)
    .toEqual({ model: 'my-fine-tune:v2', input: 'hi', stream: true });

  // Another endpoint: its own list, fetched once the picker is used, with that endpoint's key.
  const base = ownBase(relay.origin, 'litellm', 'models');
  await playground.useBaseUrl(base);
  await playground.apiKey.fill('sk-models');
  await connection.model.fill('');
  await connection.model.click();
  await expect(connection.models.getByRole('option', { name: 'gpt-4o', exact: true })).toBeVisible();
  await connection.model.press('ArrowDown');
  await connection.model.press('Enter');
  await expect
    .poll(async () => (JSON.parse(await playground.requestText()) as { model: string }).model)
    .toBe('gpt-4.1');
  const listed = (await relay.requests('litellm')).filter(
    (r) => r.path.startsWith(new URL(base).pathname) && r.method === 'GET',
  );
  expect(listed.at(-1)?.path).toMatch(/\/v1\/models$/);
  expect(listed.at(-1)?.headers.authorization).toBe('Bearer sk-models');

  await playground.send();
  await playground.expectStatus('completed');
  const post = (await relay.requests('litellm'))
    .filter((r) => r.path.startsWith(new URL(base).pathname) && r.method === 'POST')
    .at(-1);
  expect(JSON.parse(post?.body ?? '{}')).toMatchObject({ model: 'gpt-4.1' });
});

test('keys stay with their profile when switching, even on the same base URL', async ({
  playground,
  relay,
  page,
}) => {
  const connection = new ConnectionPage(page);
  const base = ownBase(relay.origin, 'litellm', 'keys');
  const mine = async () =>
    (await relay.requests('litellm'))
      .filter((r) => r.path.startsWith(new URL(base).pathname) && r.method === 'POST')
      .at(-1);
  await playground.open();
  await playground.setRequest({ model: 'gpt-4.1', input: 'hi', stream: true });

  await playground.useBaseUrl(base);
  await playground.apiKey.fill('sk-profile-a');
  await connection.openSettings();
  await connection.profileName.fill('Relay A');

  await connection.newProfile.click();
  await expect(playground.baseUrl).toHaveValue('');
  await expect(playground.apiKey).toHaveValue('');
  await playground.useBaseUrl(base);
  await expect(playground.apiKey).toHaveValue('');
  await playground.apiKey.fill('sk-profile-b');
  await connection.profileName.fill('Relay B');

  await connection.switchTo('Relay A');
  await expect(playground.apiKey).toHaveValue('sk-profile-a');
  await playground.send();
  await playground.expectStatus('completed');
  expect((await mine())?.headers.authorization).toBe('Bearer sk-profile-a');

  await connection.switchTo('Relay B');
  await expect(playground.apiKey).toHaveValue('sk-profile-b');
  await playground.send();
  await playground.expectStatus('completed');
  expect((await mine())?.headers.authorization).toBe('Bearer sk-profile-b');

  // The demo profile has no key; sending there reaches the demo, not the relay.
  const ours = async () =>
    (await relay.requests('litellm')).filter((r) => r.path.startsWith(new URL(base).pathname)).length;
  const before = await ours();
  await connection.switchTo('Demo backend');
  await expect(playground.baseUrl).toHaveValue(/\/demo\/v1$/);
  await expect(playground.apiKey).toHaveValue('');
  await playground.send();
  await playground.expectStatus('completed');
  expect(await ours()).toBe(before);

  // Without opting in, a reload forgets both keys but keeps the profiles.
  await page.reload();
  await connection.switchTo('Relay A');
  await expect(playground.apiKey).toHaveValue('');
});

test('the endpoint doctor: the demo passes everything; a relay without CORS is reached through the proxy', async ({
  playground,
  relay,
  page,
}) => {
  const connection = new ConnectionPage(page);
  await playground.open();
  await connection.openDoctor();
  await connection.checkEndpoint.click();
  for (const label of [
    'CORS preflight',
    'GET /v1/models',
    'POST /v1/responses',
    'Streaming',
    'previous_response_id',
    'Usage fields',
    'Function calling',
    'Reasoning items',
  ])
    await expect(connection.check(label)).toHaveAccessibleName(`${label}: pass`, { timeout: 30_000 });

  await playground.useBaseUrl(ownBase(relay.origin, 'no-cors', 'doctor'));
  await connection.checkEndpoint.click();
  await expect(connection.check('CORS preflight')).toHaveAccessibleName('CORS preflight: fail', {
    timeout: 30_000,
  });
  await expect(connection.check('CORS preflight')).toContainText(
    /no Access-Control-Allow-Origin.*local proxy/,
  );
  await expect(connection.check('POST /v1/responses')).toHaveAccessibleName('POST /v1/responses: pass');
  await expect(connection.check('Streaming')).toContainText('`event:` + `data:` lines; no [DONE]');
  await expect(connection.doctor).toContainText('through the local proxy');
  await expect(connection.doctor.getByRole('button', { name: 'Turn on the local proxy' })).toBeVisible();
});

/** A port on this machine that nothing listens on: bound by the test, then released. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test('a refused port through the local proxy is named as such, with the fix, not as the server’s answer', async ({
  playground,
  page,
}) => {
  const connection = new ConnectionPage(page);
  const port = await closedPort();
  await playground.open();
  await playground.useBaseUrl(`http://127.0.0.1:${port}/v1`);
  await playground.apiKey.fill('sk-refused');
  await connection.useProxy.check();
  await playground.setRequest({ model: 'gpt-4.1', input: 'hi', stream: true });
  await playground.send();
  await playground.expectStatus('failed');
  const alert = playground.alert();
  await expect(alert).toContainText('502');
  await expect(alert).toContainText(`Connection refused by http://127.0.0.1:${port}`);
  await expect(alert).toContainText(/server is running and listening on that port/);
  await expect(alert).not.toContainText(/server answered|retrying later/i);
});

test('a key typed but not remembered: after a reload a notice says so and offers to remember it', async ({
  playground,
  relay,
  page,
}) => {
  const base = ownBase(relay.origin, 'ok', 'notice');
  await playground.open();
  await playground.useBaseUrl(base);
  await playground.apiKey.fill('sk-not-kept');
  const show = page.getByRole('button', { name: 'Show key' });
  await expect(playground.apiKey).toHaveAttribute('type', 'password');
  await show.click();
  await expect(playground.apiKey).toHaveAttribute('type', 'text');
  await page.getByRole('button', { name: 'Hide key' }).click();
  await expect(playground.apiKey).toHaveAttribute('type', 'password');
  // Nothing of the key itself reaches storage.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('sk-not-kept');

  await page.reload();
  await expect(playground.apiKey).toHaveValue('');
  const notice = page.getByText(/API key you used for this base URL was not kept/);
  await expect(notice).toBeVisible();
  await page.getByRole('button', { name: 'Remember keys on this device' }).click();
  await expect(playground.apiKey).toBeFocused();
  await expect(page.getByRole('checkbox', { name: 'Remember API keys on this device' })).toBeChecked();
  await expect(notice).toBeHidden();
  await playground.apiKey.fill('sk-kept-now');
  await page.reload();
  await expect(playground.apiKey).toHaveValue('sk-kept-now');
});
