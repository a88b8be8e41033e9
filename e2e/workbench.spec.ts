import { expect, test, type Page } from './fixtures';
import type { PlaygroundPage } from './pages/playground-page';
import { ThreadPage } from './pages/thread-page';
import { recordBodies, SEED_REQUEST } from './pages/turns';
import { WorkbenchPage } from './pages/workbench-page';

/*
 * The workbench: a window that never scrolls as a page, panes that scroll on their own, and the
 * newest output always in view, at the sizes of a laptop, a small laptop and a phone.
 */

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 768 },
  { width: 390, height: 844 },
] as const;

/** Runs `action` (a send), waits until its answer is complete, returns its response id. */
async function sendAndSettle(page: Page, playground: PlaygroundPage, action: () => Promise<void>) {
  const answered = page.waitForResponse(
    (response) => response.request().method() === 'POST' && response.url().endsWith('/responses'),
  );
  await action();
  await answered;
  await playground.expectStatus('completed');
  const id = playground.output.getByLabel('Response id');
  await expect(id).toHaveText(/^resp_/);
  return (await id.textContent()) ?? '';
}

for (const size of SIZES) {
  test.describe(`at ${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test('after Send, Send tool outputs and a follow-up, the newest output is in view', async ({
      playground,
      page,
    }) => {
      const thread = new ThreadPage(page);
      const workbench = new WorkbenchPage(page);
      const sent = recordBodies(page);
      await playground.open();
      expect(await workbench.pageScrolls(), 'the page itself does not scroll').toBe(false);
      await playground.setRequest(SEED_REQUEST);

      const first = await sendAndSettle(page, playground, () => playground.send());
      await expect(playground.status).toBeInViewport();
      await expect(playground.output.getByRole('article').first()).toBeInViewport();
      await expect(thread.outputBoxes()).toHaveCount(4);

      for (const box of await thread.outputBoxes().all()) await box.fill('{"ok": true}');
      const second = await sendAndSettle(page, playground, () => thread.sendToolOutputs.click());
      expect(second).not.toBe(first);
      const continuation = playground.output.getByRole('article', { name: 'Assistant message' });
      await expect(continuation).toBeInViewport();
      await expect(playground.status).toBeInViewport();

      const third = await sendAndSettle(page, playground, () =>
        thread.sendFollowUpMessage('Thanks. Which of those took longest?'),
      );
      expect(sent.at(-1)?.previous_response_id).toBe(second);
      expect(third).not.toBe(second);
      await expect(playground.output.getByRole('article').first()).toBeInViewport();
      await expect(playground.status).toBeInViewport();
      expect(await workbench.pageScrolls(), 'the page itself does not scroll').toBe(false);
    });
  });
}

test.describe('at 1440×900', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('panes resize by keyboard and pointer, and keep their sizes after a reload', async ({
    playground,
    page,
  }) => {
    const workbench = new WorkbenchPage(page);
    await playground.open();
    const request = page.getByRole('region', { name: 'Request', exact: true });
    const split = workbench.separator('Resize request and output');
    const start = await workbench.width(request);

    // Keyboard: the separator is a focusable window splitter; arrows move it.
    await split.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    const afterKeys = await workbench.width(request);
    expect(afterKeys).toBeGreaterThan(start + 30);

    // Pointer: drag it back past where it started.
    await workbench.drag(split, -200);
    const afterDrag = await workbench.width(request);
    expect(afterDrag).toBeLessThan(afterKeys - 150);

    // Request over tools: a vertical separator.
    const tools = page.getByRole('region', { name: 'Tools', exact: true });
    const toolsTop = (await tools.boundingBox())!.y;
    await workbench.drag(workbench.separator('Resize request and tools'), 0, 80);
    const movedTop = (await tools.boundingBox())!.y;
    expect(movedTop).toBeGreaterThan(toolsTop + 50);

    await page.reload();
    await expect(request).toBeVisible();
    await expect.poll(() => workbench.width(request)).toBeCloseTo(afterDrag, -1);
    await expect.poll(async () => (await tools.boundingBox())!.y).toBeCloseTo(movedTop, -1);
  });

  test('every pane the UI contract names is on screen without a tab to click', async ({
    playground,
    page,
  }) => {
    await playground.open();
    for (const name of ['Output', 'Tools', 'Tool tests', 'History', 'Thread']) {
      await expect(page.getByRole('region', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('textbox', { name: 'Follow-up message' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Response ID' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Open response' })).toBeAttached();
    await expect(page.getByRole('button', { name: 'Count tokens' })).toBeVisible();
    await expect(page.getByRole('tablist', { name: 'Workbench views' })).toHaveCount(0);
  });

  test('Compare shares the window with the workbench and scrolls on its own', async ({
    playground,
    page,
  }) => {
    const workbench = new WorkbenchPage(page);
    await playground.open();
    await page.getByRole('button', { name: 'Compare', exact: true }).click();
    const compare = page.getByRole('region', { name: 'Compare', exact: true });
    await expect(compare.getByRole('region', { name: 'Column 1', exact: true })).toBeInViewport();
    await expect(playground.sendButton).toBeInViewport();
    await expect(page.getByRole('region', { name: 'Output', exact: true })).toBeInViewport();
    expect(await workbench.pageScrolls()).toBe(false);
  });
});

test.describe('at 390×844', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('tabs Request / Tools / Output / History; a send switches to Output', async ({ playground, page }) => {
    const workbench = new WorkbenchPage(page);
    await playground.open();
    await expect(workbench.tab('Request')).toHaveAttribute('aria-selected', 'true');
    await workbench.tab('History').click();
    await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
    await workbench.tab('Tools').click();
    await expect(page.getByRole('region', { name: 'Tools', exact: true })).toBeVisible();
    await workbench.tab('Request').click();
    await playground.send();
    await expect(workbench.tab('Output')).toHaveAttribute('aria-selected', 'true');
    await playground.expectStatus('completed');
    await expect(playground.output.getByRole('article').first()).toBeInViewport();
  });
});
