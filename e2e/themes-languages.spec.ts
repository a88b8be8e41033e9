import { expect, test, type Page } from './fixtures';
import { zhName } from './pages/i18n-names';
import { recordBodies, SEED_REQUEST } from './pages/turns';
import { setRequestText } from './pages/request-editor-page';

/*
 * Dark mode and 简体中文: the main flows (the demo answer, a tool round trip, a follow-up) in a
 * dark browser and in a Chinese one, by names that hold whoever translates which pane: Send is
 * exactly 发送 in Chinese, other names come from the catalogues (zhName), regions by their role.
 */

/** The main Output region, by its English or Chinese name. */
const output = (page: Page) => page.getByRole('region', { name: /^(Output|输出)$/ });

async function expectCompleted(page: Page): Promise<void> {
  await expect(output(page).getByRole('status')).toContainText(/completed|已完成/, { timeout: 30_000 });
}

/** Sends with `click` and waits until the new answer is complete. */
async function sendAndSettle(page: Page, click: () => Promise<void>): Promise<void> {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/responses'),
  );
  await click();
  await answered;
  await expectCompleted(page);
}

/** The demo answer, the seed's four calls answered, then a follow-up; `name` words the UI. */
async function mainFlows(page: Page, name: (english: string) => string): Promise<void> {
  const sent = recordBodies(page);
  const send = page.getByRole('button', { name: name('Send'), exact: true });
  await page.goto('./');
  await expect(send).toBeVisible();

  await sendAndSettle(page, () => send.click());
  await expect(output(page).getByRole('article').first()).not.toBeEmpty();

  await setRequestText(page, JSON.stringify(SEED_REQUEST, null, 2));
  await sendAndSettle(page, () => send.click());
  // Each box names its call id, in any language.
  const boxes = page.getByRole('textbox', { name: /call_/ });
  await expect(boxes).toHaveCount(4);
  for (const box of await boxes.all()) await box.fill('{"ok": true}');
  await sendAndSettle(page, () => page.getByRole('button', { name: name('Send tool outputs') }).click());
  expect(sent.at(-1)?.input).toHaveLength(4);
  await expect(output(page).getByRole('article').first()).toBeInViewport();

  const previous = sent.length;
  await page.getByRole('textbox', { name: name('Follow-up message') }).fill('谢谢！');
  await sendAndSettle(page, () => page.getByRole('button', { name: name('Send follow-up') }).click());
  expect(sent).toHaveLength(previous + 1);
  expect(sent.at(-1)?.input).toBe('谢谢！');
  await expect(output(page).getByRole('article').first()).toBeInViewport();
}

/** The page's background luminance (0 black … 1 white), from the body's computed colour. */
function backgroundLuminance(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    canvas.fillStyle = getComputedStyle(document.body).backgroundColor;
    canvas.fillRect(0, 0, 1, 1);
    const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
    return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
  });
}

test.describe('dark', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system: dark page, dark editor; the main flows work', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    expect(await backgroundLuminance(page)).toBeLessThan(0.2);
    await expect(page.locator('[data-editor="monaco"] .monaco-editor.vs-dark')).toBeAttached({
      timeout: 20_000,
    });
    await mainFlows(page, (english) => english);
  });

  test('the Theme select switches to light and back to the system, remembered after a reload', async ({
    page,
  }) => {
    await page.goto('./');
    const theme = page.getByRole('combobox', { name: 'Theme' });
    await theme.selectOption('light');
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    expect(await backgroundLuminance(page)).toBeGreaterThan(0.8);
    await expect(page.locator('[data-editor="monaco"] .monaco-editor.vs')).toBeAttached({ timeout: 20_000 });
    await page.reload();
    await expect(theme).toHaveValue('light');
    await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
    await theme.selectOption('system');
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  });
});

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('a Chinese browser gets the Chinese UI (Send is 发送); the main flows work', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('combobox', { name: '语言' })).toHaveValue('zh-CN');
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toHaveCount(0);
    // Send is exactly 发送 (the contract); other names come from the catalogues.
    await mainFlows(page, (english) => (english === 'Send' ? '发送' : zhName(english)));
  });

  test('the Language select switches to English, remembered after a reload', async ({ page }) => {
    await page.goto('./');
    const language = page.getByRole('combobox', { name: 'Language' });
    await language.selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('button', { name: 'Send', exact: true })).toBeVisible();
    await language.selectOption('zh-CN');
    await expect(page.getByRole('button', { name: '发送', exact: true })).toBeVisible();
  });
});
