import { expect, test } from './fixtures';

const body = { model: 'gpt-4.1-mini', input: 'hello', stream: true };

test('a 401 shows an alert with the status and the server message', async ({ playground, relay }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('401'));
  await playground.setRequest(body);
  await playground.send();
  await playground.expectStatus('failed');
  await expect(playground.alert()).toContainText('401');
  await expect(playground.alert()).toContainText(/incorrect api key/i);
});

test('an HTML 502 page shows an alert with the status, not a wall of HTML', async ({ playground, relay }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('html-502'));
  await playground.setRequest(body);
  await playground.send();
  await playground.expectStatus('failed');
  const alert = playground.alert();
  await expect(alert).toContainText('502');
  await expect(alert.getByText('<html', { exact: false }).first()).toBeHidden();
});

test('a stream cut mid-way keeps the text that arrived and says so', async ({ playground, relay }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('cut'));
  await playground.setRequest(body);
  await playground.send();
  await playground.expectStatus('failed');
  await expect(playground.alert()).toContainText(/ended|cut/i);
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
  await expect(playground.alert().getByRole('button', { name: 'Retry' })).toBeVisible();
});

for (const scenario of ['error-frame', 'flat-error', 'nested-error', 'not-json']) {
  test(`a mid-stream failure (${scenario}) keeps what arrived and shows the server's message`, async ({
    playground,
    relay,
  }) => {
    await playground.open();
    await playground.useBaseUrl(relay.baseUrl(scenario));
    await playground.setRequest(body);
    await playground.send();
    await playground.expectStatus('failed');
    await expect(playground.alert().first()).toBeVisible();
    await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
  });
}

test('relay framings all complete: data-only + [DONE], keep-alives, JSON despite stream, BOM + CRLF', async ({
  playground,
  relay,
}) => {
  await playground.open();
  await playground.setRequest(body);
  for (const scenario of [
    'litellm',
    'keepalive',
    'json-ignores-stream',
    'bom-crlf',
    'empty-completed-output',
  ]) {
    await playground.useBaseUrl(relay.baseUrl(scenario));
    await playground.send();
    await playground.expectStatus('completed');
    await expect(
      playground.output.getByRole('article', { name: 'Assistant message' }),
      scenario,
    ).not.toBeEmpty();
    await expect(playground.alert(), scenario).toHaveCount(0);
  }
});

test('an unreachable server is reported as a network failure', async ({ playground }) => {
  await playground.open();
  await playground.useBaseUrl('http://127.0.0.1:9/v1');
  await playground.setRequest(body);
  await playground.send();
  await playground.expectStatus('failed');
  await expect(playground.alert()).toContainText(/could not reach|network/i);
});

test('sequence gaps are flagged in the event log, unknown events are kept and shown raw', async ({
  playground,
  relay,
  page,
}) => {
  await playground.open();
  await playground.setRequest(body);
  await playground.useBaseUrl(relay.baseUrl('seq-gap'));
  await playground.send();
  await playground.expectStatus('completed');
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(
    page.getByRole('list', { name: 'Raw events' }).getByText('gap', { exact: true }).first(),
  ).toBeVisible();

  await page.getByRole('tab', { name: 'Output', exact: true }).click();
  await playground.useBaseUrl(relay.baseUrl('unknown-event'));
  await playground.send();
  await playground.expectStatus('completed');
  await expect(playground.output.getByRole('list', { name: 'Notices' })).toContainText(/unknown event/i);
  await page.getByRole('tab', { name: /Events/ }).click();
  await expect(page.getByRole('list', { name: 'Raw events' })).toContainText(
    'response.future_feature.progress',
  );
});

test('a stream that goes silent shows a stall warning; Stop then cancels it, keeping the text', async ({
  playground,
  relay,
  page,
}) => {
  await playground.open();
  await page.getByRole('tab', { name: /Events/ }).click();
  await page.getByLabel('Warn after silence (s)').fill('2');
  await page.getByRole('tab', { name: 'Output', exact: true }).click();
  await playground.setRequest(body);
  await playground.useBaseUrl(relay.baseUrl('silent'));
  await playground.send();
  await expect(playground.output.getByRole('alert')).toContainText(/no data for 2 s/i);
  await playground.expectStatus('streaming');
  await playground.stopButton.click();
  await playground.expectStatus('cancelled');
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
});
