/**
 * The README's screenshots: the workbench after a demo answer, light and dark, English and
 * Chinese, at 1280×800, written to docs/screenshots/{light,dark}-{en,zh-CN}.png. Serves the built
 * app (building it first when needed) on a free port of this machine and drives Chromium through
 * Playwright. Run: `npm run screenshots`. Not part of `npm test`.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect, type Page } from '@playwright/test';
import { ensureBuilt } from '../server/build';
import { startServer } from '../server/main';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'docs', 'screenshots');
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const SHOTS = [
  { theme: 'light', language: 'en' },
  { theme: 'dark', language: 'en' },
  { theme: 'light', language: 'zh-CN' },
  { theme: 'dark', language: 'zh-CN' },
] as const;

/** Presses Send (发送 in Chinese) on the default request and waits for the demo's whole answer. */
async function answerOnce(page: Page, language: string): Promise<void> {
  const send = page.getByRole('button', { name: language === 'en' ? 'Send' : '发送', exact: true });
  await expect(send).toBeVisible({ timeout: 30_000 });
  // Monaco draws after the first paint; the screenshot should show it, not its stand-in.
  await expect(page.locator('[data-editor="monaco"] .monaco-editor')).toBeAttached({ timeout: 30_000 });
  await send.click();
  await expect(page.getByRole('region', { name: /^(Output|输出)$/ }).getByRole('status')).toContainText(
    /completed|已完成/,
    { timeout: 60_000 },
  );
}

async function main(): Promise<void> {
  await ensureBuilt(ROOT);
  mkdirSync(OUT, { recursive: true });
  const server = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const { theme, language } of SHOTS) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: theme,
        locale: language,
      });
      const page = await context.newPage();
      await page.goto(server.url);
      await answerOnce(page, language);
      // Let the last frame of the answer and the figures settle before the picture.
      await page.waitForTimeout(500);
      const file = join(OUT, `${theme}-${language}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
