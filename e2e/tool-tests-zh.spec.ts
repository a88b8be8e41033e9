import { expect, test } from './fixtures';
import { requestFragment } from './pages/deep-links';

/** A zh… browser gets the Chinese UI: the tool tests say 通过 / 失败, with why, in Chinese. */
test.use({ locale: 'zh-CN' });

const WEATHER = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

test('工具测试: Run tests in Chinese says 通过 and 失败 with the reason in Chinese', async ({
  playground,
  relay,
}) => {
  const { page } = playground;
  const request = { model: 'gpt-4.1', input: 'editor input', tools: [WEATHER], stream: true };
  const base = relay.baseUrl(`tool-tests/zh/${Date.now()}`);
  await page.goto(`./${requestFragment(request, base)}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

  const region = page.getByRole('region', { name: '工具测试' });
  for (const [input, expected] of [
    ["What's the weather in Paris?", 'get_weather'],
    ['Tell me a joke', 'get_weather'],
  ]) {
    await region.getByRole('button', { name: '添加测试' }).click();
    const test = region.getByRole('group', { name: /^测试 \d+$/ }).last();
    await test.getByRole('textbox', { name: '测试输入' }).fill(input!);
    await test.getByRole('textbox', { name: '预期工具' }).fill(expected!);
  }
  await region.getByRole('button', { name: '运行测试' }).click();
  await expect(region.locator('p[aria-live="polite"]')).toContainText('1 / 2 个测试通过。', {
    timeout: 30_000,
  });
  const rows = region.getByRole('table', { name: '测试结果' }).locator('tbody tr');
  await expect(rows.nth(0)).toContainText('通过');
  await expect(rows.nth(1)).toContainText('失败');
  await expect(rows.nth(1)).toContainText('未调用：get_weather');
  await expect(region).not.toContainText(/\bpass\b|\bfail\b/);
});
