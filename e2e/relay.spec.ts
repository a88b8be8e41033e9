import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ConnectionPage } from './pages/connection-page';

const seed = readFileSync(new URL('./data/seed-parallel-tools.json', import.meta.url), 'utf8');
const seedTools = ['random_generator', 'system_info', 'math_calculator', 'current_time'];

test('the seed parallel function-calling request shows all four calls streaming in', async ({
  playground,
  relay,
}) => {
  await playground.open();
  // The relay holds the stream after the first argument delta until the test lets it go on.
  const baseUrl = relay.heldBaseUrl('relay');
  await playground.useBaseUrl(baseUrl);
  await playground.setRequest({ ...JSON.parse(seed), stream: true });
  const sentText = await playground.requestText();
  await playground.send();
  await playground.expectStatus('streaming');
  // Arguments grow while the stream runs: the first call shows some before the response completes.
  await expect(playground.functionCall('random_generator')).toContainText('streaming arguments');
  await relay.release(baseUrl);
  await playground.expectStatus('completed');
  for (const name of seedTools) {
    const call = playground.functionCall(name);
    await expect(call).toContainText(name);
    await expect(call).toContainText(/call_/);
    await expect(call.getByLabel(`Arguments of ${name}`)).toContainText(
      name === 'math_calculator' ? '"operation"' : '',
    );
  }
  const [received] = await relay
    .requests()
    .then((all) => all.filter((r) => r.path.startsWith(new URL(baseUrl).pathname)).slice(-1));
  expect(received?.body).toBe(sentText);
  expect(received?.headers.authorization).toBeUndefined();
});

test('the API key is sent as a Bearer token to the base URL it was entered for, and only there', async ({
  playground,
  relay,
}) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('litellm'));
  await playground.apiKey.fill('sk-test-litellm');
  await playground.setRequest({ model: 'm', input: 'hi', stream: true });
  await playground.send();
  await playground.expectStatus('completed');
  const toLitellm = (await relay.requests('litellm')).at(-1);
  expect(toLitellm?.headers.authorization).toBe('Bearer sk-test-litellm');

  // Another base URL: the key field empties and no key is sent there.
  await playground.useBaseUrl(relay.baseUrl('keepalive'));
  await expect(playground.apiKey).toHaveValue('');
  await playground.send();
  await playground.expectStatus('completed');
  expect((await relay.requests('keepalive')).at(-1)?.headers.authorization).toBeUndefined();

  // Back to the first: its key comes back.
  await playground.useBaseUrl(relay.baseUrl('litellm'));
  await expect(playground.apiKey).toHaveValue('sk-test-litellm');
});

test('keys are forgotten on reload unless the user opts in', async ({ playground, relay, page }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('litellm'));
  await playground.apiKey.fill('sk-forget-me');
  await page.reload();
  await expect(playground.baseUrl).toHaveValue(relay.baseUrl('litellm'));
  await expect(playground.apiKey).toHaveValue('');

  await playground.apiKey.fill('sk-keep-me');
  await playground.rememberKeys.check();
  await page.reload();
  await expect(playground.apiKey).toHaveValue('sk-keep-me');
});

test('a key in the base URL query and credential header values are forgotten on reload unless the user opts in', async ({
  playground,
  relay,
  page,
}) => {
  const connection = new ConnectionPage(page);
  const stored = () => page.evaluate(() => JSON.stringify(window.localStorage));
  const base = relay.baseUrl('litellm');
  await playground.open();
  await playground.useBaseUrl(`${base}?api_key=sk-query-forget-1`);
  await connection.openSettings();
  await page.getByRole('button', { name: 'Add header' }).click();
  await page.getByRole('textbox', { name: 'Header name 1' }).fill('x-api-key');
  await page.getByRole('textbox', { name: 'Header value 1' }).fill('sk-header-forget-2');
  expect(await stored()).not.toMatch(/sk-query-forget-1|sk-header-forget-2/);
  await page.reload();
  await expect(playground.baseUrl).toHaveValue(`${base}?api_key=`);
  await connection.openSettings();
  await expect(page.getByRole('textbox', { name: 'Header name 1' })).toHaveValue('x-api-key');
  await expect(page.getByRole('textbox', { name: 'Header value 1' })).toHaveValue('');

  await playground.useBaseUrl(`${base}?api_key=sk-query-keep-3`);
  await page.getByRole('textbox', { name: 'Header value 1' }).fill('sk-header-keep-4');
  await playground.rememberKeys.check();
  await page.reload();
  await expect(playground.baseUrl).toHaveValue(`${base}?api_key=sk-query-keep-3`);
  await connection.openSettings();
  await expect(page.getByRole('textbox', { name: 'Header value 1' })).toHaveValue('sk-header-keep-4');
});

test('Stop aborts a running stream: what arrived stays and the status says cancelled', async ({
  playground,
  relay,
}) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('slow'));
  await playground.setRequest({ model: 'm', input: 'tell me a long story', stream: true });
  await playground.send();
  const message = playground.output.getByRole('article', { name: 'Assistant message' });
  await expect(message).not.toBeEmpty();
  await playground.stopButton.click();
  await playground.expectStatus('cancelled');
  const partial = await message.innerText();
  expect(partial.length).toBeGreaterThan(0);
  await expect(playground.alert()).toHaveCount(0);
  await playground.page.waitForTimeout(300);
  expect(await message.innerText()).toBe(partial);
});

test('invalid JSON shows where it is wrong and is not sent', async ({ playground, relay, page }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('relay'));
  const before = (await relay.requests('relay')).length;
  await playground.setRequest('{\n  "model": "m",\n  "input": "hi"\n  "stream": true\n}');
  await expect(page.getByText(/line 4, column 3/i).first()).toBeVisible();
  await playground.send();
  await expect(playground.alert()).toContainText(/not sent/i);
  await expect(playground.alert()).toContainText(/line 4/i);
  await page.waitForTimeout(200);
  expect((await relay.requests('relay')).length).toBe(before);
});
