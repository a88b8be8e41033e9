import { expect, test } from './fixtures';
import { SEED_REQUEST } from './pages/turns';

/** A key long enough to be shown as `sk-…abcd`; it must never appear in the page. */
const KEY = 'sk-e2e-wire-secret-0123456789wxyz';
const body = { model: 'gpt-4.1-mini', input: 'hello', stream: true };

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('the HTTP tab shows the request as sent with the key masked, and the request id the relay returned', async ({
  playground,
  relay,
  page,
}) => {
  await playground.open();
  await playground.setRequest(body);
  // A path of this test's own: other tests talk to the same relay scenario at the same time.
  const path = `/relay/wire-${Date.now()}/v1`;
  await playground.useBaseUrl(`${relay.origin}${path}`);
  await playground.apiKey.fill(KEY);
  await playground.send();
  await playground.expectStatus('completed');
  const sent = (await relay.requests('relay')).filter((r) => r.method === 'POST' && r.path.startsWith(path));
  expect(sent.at(-1)?.headers.authorization).toBe(`Bearer ${KEY}`);

  // Shown prominently beside the status, copyable.
  const requestId = playground.output.locator('[data-request-id]').first();
  await expect(requestId).toHaveText(/^req_relay_\d+$/);
  const id = (await requestId.textContent()) ?? '';
  await playground.output.getByRole('button', { name: 'Copy request id' }).first().click();
  await expect(playground.output.getByText('Copied').first()).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(id);

  await playground.output.getByRole('tab', { name: 'HTTP' }).click();
  const requestHeaders = playground.output.getByLabel('Request headers', { exact: true });
  await expect(requestHeaders).toContainText('Authorization');
  await expect(requestHeaders).toContainText('Bearer sk-…wxyz');
  await expect(playground.output.getByLabel('Response headers', { exact: true })).toContainText(id);
  await expect(playground.output).toContainText('HTTP 200');
  await expect(playground.output).toContainText(`POST ${relay.origin}${path}/responses`);
  // Neither the page text nor what Copy request puts on the clipboard holds the key.
  expect(await page.locator('body').innerText()).not.toContain(KEY);
  await playground.output.getByRole('button', { name: 'Copy request', exact: true }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Bearer sk-…wxyz');
  expect(copied).toContain('"input": "hello"');
  expect(copied).not.toContain(KEY);
});

test('the event log narrows by type, a row opens the whole event, and it can be copied', async ({
  playground,
  relay,
  page,
}) => {
  await playground.open();
  await playground.setRequest(body);
  await playground.useBaseUrl(relay.baseUrl('relay'));
  await playground.send();
  await playground.expectStatus('completed');

  await playground.output.getByRole('tab', { name: /^Events/ }).click();
  const events = playground.output.getByRole('list', { name: 'Raw events' });
  await expect(events).toContainText('response.output_text.delta');
  await playground.output.getByLabel('Event type').selectOption('response.completed');
  await expect(events.getByRole('listitem')).toHaveCount(1);
  await expect(events).not.toContainText('response.output_text.delta');
  await expect(playground.output).toContainText(/1 of \d+ events/);

  // Enter on a row opens it: its labelled facts and the whole event, indented.
  await events.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  const detail = playground.output.getByRole('region', { name: 'Event detail' });
  await expect(detail).toContainText('sequence_number');
  const pretty = detail.getByLabel('Selected event');
  await expect(pretty).toContainText('"type": "response.completed"');
  await detail.getByRole('button', { name: 'Copy event' }).click();
  await expect(detail.getByText('Copied')).toBeVisible();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { type: string };
  expect(copied.type).toBe('response.completed');

  // Text search narrows too; back to all types.
  await playground.output.getByLabel('Event type').selectOption('');
  await playground.output.getByLabel('Search events').fill('response.created');
  await expect(events.getByRole('listitem')).toHaveCount(1);
});

test('the answer text and each function call’s arguments have copy buttons', async ({
  playground,
  relay,
  page,
}) => {
  const clipboard = () => page.evaluate(() => navigator.clipboard.readText());
  // The demo backend first (a fresh page talks to it), then the relay.
  await playground.open();
  await playground.setRequest(SEED_REQUEST);
  await playground.send();
  await playground.expectStatus('completed');
  const call = playground.output.getByRole('article', { name: /^Function call / }).first();
  await call.getByRole('button', { name: 'Copy arguments' }).click();
  await expect(call.getByText('Copied')).toBeVisible();
  const args = await clipboard();
  expect(typeof JSON.parse(args)).toBe('object');

  await playground.setRequest(body);
  await playground.useBaseUrl(relay.baseUrl('relay'));
  await playground.send();
  const message = playground.output.getByRole('article', { name: 'Assistant message' });
  await expect(message).toContainText('Hello from the relay!');
  await playground.expectStatus('completed');
  await message.getByRole('button', { name: 'Copy text' }).click();
  await expect(message.getByText('Copied')).toBeVisible();
  expect(await clipboard()).toContain('Hello from the relay!');
});
