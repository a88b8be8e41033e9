import { expect, test } from './fixtures';
import { requestFragment } from './pages/deep-links';

test('#request= opens that request, and &base_url= fills Base URL', async ({ playground, relay }) => {
  const request = { model: 'gpt-4.1', input: '你好，世界 👋', stream: true };
  const base = relay.baseUrl('litellm');
  await playground.open(requestFragment(request, base));
  await expect.poll(async () => JSON.parse(await playground.requestText()) as unknown).toEqual(request);
  await expect(playground.baseUrl).toHaveValue(base);
  await playground.send();
  await playground.expectStatus('completed');
  expect(JSON.parse((await relay.requests('litellm')).at(-1)?.body ?? '{}')).toEqual(request);
});

test('an invalid link shows an alert and leaves the current request untouched', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.setRequest({ model: 'keep-me', input: 'unchanged' });
  const before = await playground.requestText();
  await page.evaluate(() => {
    window.location.hash = '#request=!!!not-base64!!!';
  });
  await expect(playground.alert()).toBeVisible();
  expect(await playground.requestText()).toBe(before);
});
