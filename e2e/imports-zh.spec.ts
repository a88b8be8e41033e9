import { expect, test, type Page } from './fixtures';
import { zhName } from './pages/i18n-names';
import { getRequestText, setRequestText } from './pages/request-editor-page';

/*
 * 简体中文 for what comes in from outside: a hostile share link, a broken curl command and a broken
 * preset file are refused in Chinese (the core's messages, worded by the catalogues), nothing changed.
 */
test.use({ locale: 'zh-CN' });

/** The app in Chinese (the page object's open() waits for English names). */
async function openInChinese(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('button', { name: '发送', exact: true })).toBeVisible();
}

test('a hostile share link is refused in Chinese and changes nothing', async ({ page }) => {
  await openInChinese(page);
  await setRequestText(page, '{"model": "keep-me", "input": "unchanged"}');
  const before = await getRequestText(page);
  await page.evaluate(() => {
    window.location.hash = '#share=!!!';
  });
  await expect(page.getByRole('alert').filter({ hasText: '分享链接无效' })).toContainText(
    '数据不是 base64url 编码（链接可能被截断了）',
  );
  expect(await getRequestText(page)).toBe(before);
});

test('a broken curl command and a broken preset file are refused in Chinese', async ({ page }) => {
  await openInChinese(page);
  await page.getByRole('button', { name: zhName('Presets'), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: zhName('Presets') });

  await dialog.getByRole('tab', { name: zhName('From curl') }).click();
  await dialog
    .getByRole('textbox', { name: zhName('curl command') })
    .fill(`curl https://relay.test/v1/responses -d '{"model": "m"`);
  await dialog.getByRole('button', { name: zhName('Import curl') }).click();
  await expect(dialog.getByRole('alert')).toHaveText("命令中有未闭合的 ' 引号（是否被截断了？）。");

  await dialog.getByRole('tab', { name: zhName('Import / export') }).click();
  await dialog.getByLabel(zhName('Import presets file')).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"presets":[{"name":"A","request":[]}]}'),
  });
  const alert = dialog.getByRole('alert');
  await expect(alert).toContainText('未从 broken.json 导入任何内容');
  await expect(alert).toContainText('预设 1（“A”）："request" 必须是 JSON 对象（{ … }），而不是列表。');
});
