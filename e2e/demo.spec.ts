import { expect, test } from './fixtures';

test('the default request streams a real answer from the built-in demo backend, no key needed', async ({
  playground,
}) => {
  await playground.open();
  await expect(playground.baseUrl).toHaveValue(/\/demo\/v1$/);
  await expect(playground.apiKey).toHaveValue('');
  await playground.send();
  await playground.expectStatus('streaming');
  // Text appears while the stream is still running.
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
  await playground.expectStatus('completed');
  await expect(playground.output.getByLabel('Response id')).toHaveText(/^resp_/);
  await expect(playground.output.getByLabel('Usage and timings')).toContainText('Time to first token');
  await expect(playground.output.getByLabel('Usage and timings')).toContainText('Output tokens');
  await expect(playground.alert()).toHaveCount(0);
});

test('Ctrl+Enter sends from the editor; the raw events and the final JSON are shown', async ({
  playground,
  page,
}) => {
  await playground.open();
  await page.getByRole('textbox', { name: 'Request JSON' }).focus();
  await page.keyboard.press('Control+Enter');
  await playground.expectStatus('completed');
  await page.getByRole('tab', { name: /Events/ }).click();
  const events = page.getByRole('list', { name: 'Raw events' });
  await expect(events).toContainText('response.created');
  await page.getByRole('tab', { name: 'Response JSON' }).click();
  await expect(page.getByLabel('Response JSON', { exact: true }).last()).toContainText(
    '"status": "completed"',
  );
});

test('a body without "stream": true gets a plain JSON answer, shown the same way', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.setRequest({ model: 'gpt-4.1-mini', input: 'Say hello' });
  await expect(playground.streamToggle).not.toBeChecked();
  await playground.send();
  await playground.expectStatus('completed');
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
  await expect(playground.output.getByLabel('Response id')).toHaveText(/^resp_/);
  await playground.streamToggle.check();
  await expect.poll(() => playground.requestText()).toContain('"stream": true');
  void page;
});

test('model output renders as Markdown without executing anything', async ({ playground, relay, page }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('hostile-markdown'));
  await playground.setRequest({ model: 'm', input: 'x', stream: true });
  await playground.send();
  await playground.expectStatus('completed');
  const message = playground.output.getByRole('article', { name: 'Assistant message' });
  await expect(message.getByRole('heading', { name: 'Heading' })).toBeVisible();
  await expect(message.locator('script, iframe, img[onerror]')).toHaveCount(0);
  for (const href of await message
    .getByRole('link')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href ?? '').not.toMatch(/^\s*javascript:/i);
  }
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
});
