import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import { expect, test, type Page } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { HistoryPage } from './pages/history-page';
import type { PlaygroundPage } from './pages/playground-page';
import { requestEditorInput, setRequestText } from './pages/request-editor-page';
import { SharingPage } from './pages/sharing-page';
import { ThreadPage } from './pages/thread-page';
import { ToolTestsPage } from './pages/tool-tests-page';
import { ToolsPage } from './pages/tools-page';
import { SEED_REQUEST, TEXT_REQUEST } from './pages/turns';

/*
 * "Accessible by default": axe-core (WCAG 2.0/2.1 A and AA rules) finds no serious or critical
 * violation in any state of the page a user reaches, and the main path works by keyboard alone.
 *
 * axe is injected by evaluating its source in the page: the app's CSP (`script-src 'self'`) would
 * refuse an injected <script>, but `page.evaluate` runs through the DevTools protocol, which CSP
 * does not govern, so the page keeps its real CSP while it is checked.
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axeViolations(page: Page): Promise<Result[]> {
  await page.evaluate((source) => {
    if (!(window as { axe?: unknown }).axe) (0, eval)(source);
  }, AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate(
    (opts) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(
        document,
        opts,
      ),
    options,
  );
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function describeViolations(violations: Result[]): string {
  return violations
    .map((v) => {
      const targets = v.nodes
        .slice(0, 5)
        .map(
          (n) =>
            `    ${JSON.stringify(n.target)}${n.failureSummary ? ` — ${n.failureSummary.split('\n').slice(1).join(' ').trim()}` : ''}`,
        )
        .join('\n');
      return `[${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${targets}`;
    })
    .join('\n');
}

async function expectNoSeriousViolations(page: Page, state: string): Promise<void> {
  const violations = await axeViolations(page);
  // Compared as one readable line per violation, so the failure message says what and where.
  expect(
    violations.map((v) => `${v.id} (${v.impact})`),
    `axe violations (serious/critical) ${state}:\n${describeViolations(violations)}`,
  ).toEqual([]);
}

async function sendAndComplete(playground: PlaygroundPage): Promise<void> {
  await playground.send();
  await playground.expectStatus('completed');
}

test('the page at rest has no serious or critical axe violations', async ({ playground, page }) => {
  await playground.open();
  await expectNoSeriousViolations(page, 'at rest');
});

test('a streamed demo answer has no serious or critical axe violations', async ({ playground, page }) => {
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  await sendAndComplete(playground);
  await expectNoSeriousViolations(page, 'after a streamed answer');
});

test('the Events tab with one event open, and the HTTP tab, have no serious or critical axe violations', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  await sendAndComplete(playground);
  await playground.output.getByRole('tab', { name: /^Events/ }).click();
  await playground.output.getByRole('list', { name: 'Raw events' }).getByRole('button').first().click();
  await expect(playground.output.getByRole('region', { name: 'Event detail' })).toBeVisible();
  await expectNoSeriousViolations(page, 'with the event log and one event open');
  await playground.output.getByRole('tab', { name: 'HTTP' }).click();
  await expect(playground.output.getByLabel('Request headers', { exact: true })).toBeVisible();
  await expectNoSeriousViolations(page, 'on the HTTP tab');
});

test('the seed with its tools, tool outputs, thread and history has no serious or critical axe violations', async ({
  playground,
  page,
}) => {
  const tools = new ToolsPage(page);
  const thread = new ThreadPage(page);
  const history = new HistoryPage(page);
  await playground.open();
  await playground.setRequest(SEED_REQUEST);
  await expect(tools.functionNames()).toHaveCount(4);
  await sendAndComplete(playground);
  await expect(thread.outputBoxes()).toHaveCount(4);
  await expect(history.rows()).toHaveCount(1);
  await expectNoSeriousViolations(page, 'with the seed sent');
});

test('Compare with two demo columns answered has no serious or critical axe violations', async ({
  playground,
  page,
}) => {
  const compare = new ComparePage(page);
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  await compare.open();
  await compare.sendAll();
  await compare.column(1).expectStatus('completed');
  await compare.column(2).expectStatus('completed');
  await expect(compare.figures).toBeVisible();
  await expectNoSeriousViolations(page, 'with Compare answered');
});

for (const name of ['Presets', 'Share', 'Code'] as const) {
  test(`the ${name} dialog has no serious or critical axe violations, and Escape returns focus to ${name}`, async ({
    playground,
    page,
  }) => {
    const sharing = new SharingPage(page);
    const opener = { Presets: sharing.presets, Share: sharing.share, Code: sharing.code }[name];
    const dialog = sharing.dialog(name === 'Share' ? 'Share request' : name);
    await playground.open();
    await opener.click();
    await expect(dialog).toBeVisible();
    if (name === 'Code') await expect(dialog.getByText('$OPENAI_API_KEY').first()).toBeVisible();
    await expectNoSeriousViolations(page, `with the ${name} dialog open`);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    // The same by keyboard only: Enter opens it, Escape closes it, focus is back on the opener.
    await opener.focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });
}

test('Tab alone reaches Base URL, API key, Send and the request editor, and leaves the editor again', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  const editor = requestEditorInput(page);
  const isFocused = (target: typeof editor) => target.evaluate((el) => el === document.activeElement);
  /** Presses `key` until `target` has the focus (at most `max` times); false if it never does. */
  const tabTo = async (target: typeof editor, max = 60, key = 'Tab'): Promise<boolean> => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press(key);
      if (await isFocused(target)) return true;
    }
    return false;
  };
  // Start from the top of the document, as after a page load. Document order: the connection
  // header (Base URL, API key), then the request toolbar (Send), then the editor below it.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const [label, target] of [
    ['Base URL', playground.baseUrl],
    ['API key', playground.apiKey],
    ['Send', playground.sendButton],
    ['Request JSON', editor],
  ] as const) {
    expect(await tabTo(target), `Tab reaches ${label}`).toBe(true);
  }

  // Inside Monaco, Tab indents. Its documented way out (Ctrl+M, "Toggle Tab Key Moves Focus")
  // makes Tab move focus again, so the editor is no keyboard trap.
  await page.keyboard.press('Control+M');
  await page.keyboard.press('Tab');
  expect(await isFocused(editor), 'Tab leaves the editor after Ctrl+M').toBe(false);
  await page.keyboard.press('Shift+Tab');
  expect(await isFocused(editor), 'Shift+Tab returns to the editor').toBe(true);

  // Send works from the keyboard: back to it with Shift+Tab, then Enter.
  expect(await tabTo(playground.sendButton, 10, 'Shift+Tab'), 'Shift+Tab reaches Send').toBe(true);
  // Moving through the editor edited nothing.
  expect(await playground.requestText()).toBe(JSON.stringify(TEXT_REQUEST, null, 2));
  await page.keyboard.press('Enter');
  await playground.expectStatus('completed');
});

test('tool tests with passing and failing results have no serious or critical axe violations', async ({
  playground,
  page,
}) => {
  const tests = new ToolTestsPage(page);
  await playground.open();
  await playground.setRequest({
    model: 'gpt-4.1',
    input: 'x',
    // The demo backend calls the tools the input names, with arguments that break the schema on request.
    metadata: { demo_pace_ms: '0', demo_invalid_args: 'get_weather' },
    tools: [
      {
        type: 'function',
        name: 'get_weather',
        parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
      },
    ],
  });
  await tests.add('Weather in Paris?', 'get_weather');
  await tests.add('Tell me a joke', '');
  await tests.runTests.click();
  await expect(tests.status).toContainText('1 of 2 tests passed.', { timeout: 30_000 });
  await expect(tests.row(1)).toContainText('/city must be string');
  await expectNoSeriousViolations(page, 'with tool test results');
});

/*
 * The same checks in the dark theme and in Chinese: the dark palette must keep every contrast, and
 * the Chinese UI must keep every name and label. The Chinese runs find things by role and by the
 * names that hold in both languages (Send is exactly 发送; each tool-output box names its call id).
 */
for (const run of [
  { name: 'dark', use: { colorScheme: 'dark' as const }, send: 'Send' },
  { name: 'zh-CN', use: { locale: 'zh-CN' }, send: '发送' },
  { name: 'dark zh-CN', use: { colorScheme: 'dark' as const, locale: 'zh-CN' }, send: '发送' },
]) {
  test.describe(run.name, () => {
    test.use(run.use);

    test(`(${run.name}) the page at rest, a demo answer and the seed's tool calls have no serious or critical axe violations`, async ({
      page,
    }) => {
      const send = page.getByRole('button', { name: run.send, exact: true });
      const status = page.getByRole('region', { name: /^(Output|输出)$/ }).getByRole('status');
      await page.goto('./');
      await expect(send).toBeVisible();
      await expectNoSeriousViolations(page, `at rest (${run.name})`);

      await setRequestText(page, JSON.stringify(TEXT_REQUEST, null, 2));
      await send.click();
      await expect(status).toContainText(/completed|已完成/, { timeout: 30_000 });
      await expectNoSeriousViolations(page, `after a streamed answer (${run.name})`);

      await setRequestText(page, JSON.stringify(SEED_REQUEST, null, 2));
      await send.click();
      await expect(page.getByRole('textbox', { name: /call_/ })).toHaveCount(4, { timeout: 30_000 });
      await expectNoSeriousViolations(page, `with the seed sent (${run.name})`);
    });
  });
}

test.describe('dark Compare and dialogs', () => {
  test.use({ colorScheme: 'dark' });

  test('(dark) Compare answered and the Code dialog have no serious or critical axe violations', async ({
    playground,
    page,
  }) => {
    const compare = new ComparePage(page);
    const sharing = new SharingPage(page);
    await playground.open();
    await playground.setRequest(TEXT_REQUEST);
    await compare.open();
    await compare.sendAll();
    await compare.column(1).expectStatus('completed');
    await compare.column(2).expectStatus('completed');
    await expectNoSeriousViolations(page, 'with Compare answered (dark)');
    await sharing.code.click();
    await expect(sharing.dialog('Code').getByText('$OPENAI_API_KEY').first()).toBeVisible();
    await expectNoSeriousViolations(page, 'with the Code dialog open (dark)');
  });
});
