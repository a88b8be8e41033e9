import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { ComparePage } from './pages/compare-page';
import { ToolTestsPage } from './pages/tool-tests-page';

const seed = JSON.parse(
  readFileSync(new URL('./data/seed-parallel-tools.json', import.meta.url), 'utf8'),
) as {
  tools: { name: string; parameters: { properties: Record<string, Record<string, unknown>> } }[];
};
const TEXT_REQUEST = { model: 'gpt-4.1', input: 'Say hello', stream: true };

test('tool calls side by side, each checked against its schema', async ({
  playground,
  page,
  relay,
  relay2,
}) => {
  // The relay answers math_calculator with operation "add" (it ignores `pattern`): invalid here.
  const request = structuredClone(seed);
  request.tools.find((t) => t.name === 'math_calculator')!.parameters.properties.operation!.pattern =
    '^(mul|div)$';
  await playground.open();
  await playground.setRequest({ ...request, stream: true });
  const compare = new ComparePage(page);
  await compare.open();
  await compare.column(1).set({ baseUrl: relay.ownRoute('relay').baseUrl });
  await compare.column(2).set({ baseUrl: relay2.ownRoute('litellm').baseUrl });
  await compare.sendAll();
  await compare.column(1).expectStatus('completed');
  await compare.column(2).expectStatus('completed');

  const row = (name: string) => compare.toolCalls.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('system_info')).toContainText('same arguments');
  await expect(row('system_info').getByText('valid', { exact: false })).toHaveCount(2);
  await expect(row('math_calculator')).toContainText('"operation":"add"');
  await expect(row('math_calculator')).toContainText('invalid');
  await expect(row('math_calculator')).toContainText('/operation');
  await expect(row('random_generator')).toContainText('valid');
});

test('the answer diff and the events one stream sent that the other did not', async ({
  playground,
  page,
  relay,
  relay2,
}) => {
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  const compare = new ComparePage(page);
  await compare.open();
  // `incomplete` stops after 10 deltas; `keepalive` sends the whole text with keepalive events between.
  await compare.column(1).set({ baseUrl: relay.ownRoute('incomplete').baseUrl });
  await compare.column(2).set({ baseUrl: relay2.ownRoute('keepalive').baseUrl });
  await compare.sendAll();
  await compare.column(1).expectStatus('incomplete');
  await compare.column(2).expectStatus('completed');

  const diff = compare.region.getByRole('group', { name: 'Answer diff' });
  await expect(diff).toContainText('only in column 2');
  await expect(diff.locator('ins').first()).toBeVisible();
  await expect(compare.region).toContainText(/0 only in column 1, \d+ only in column 2/);
  await expect(compare.region.getByRole('list').filter({ hasText: 'keepalive' })).toBeVisible();
  await expect(compare.region).toContainText('response.incomplete');
  await expect(compare.figureRow('Events')).toBeVisible();
});

test('a comparison can be shared as a link without keys, re-run from history, and exported', async ({
  playground,
  page,
  relay,
  relay2,
  context,
}) => {
  const a = relay.ownRoute('relay');
  const b = relay2.ownRoute('litellm');
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  const compare = new ComparePage(page);
  await compare.open();
  await compare.runs.fill('2');
  await compare.column(1).set({ baseUrl: a.baseUrl, apiKey: 'sk-secret-one', model: 'model-one' });
  await compare.column(2).set({ baseUrl: b.baseUrl, apiKey: 'sk-secret-two', model: 'model-two' });
  await compare.sendAll();
  await expect(compare.column(1).region).toContainText('run 2 of 2');
  await compare.column(1).expectStatus('completed');
  await expect(compare.column(2).region).toContainText('run 2 of 2');
  await compare.column(2).expectStatus('completed');
  await expect.poll(async () => (await relay.requestsUnder(a.prefix, 'POST')).length).toBe(2);
  await expect(compare.figureRow('Total time')).toContainText('n=2');

  // Export: the Markdown table and the JSON hold the figures and never a key.
  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    compare.region.getByRole('button', { name: 'Export Markdown table' }).click(),
  ]);
  const md = readFileSync(await markdown.path(), 'utf8');
  expect(md).toContain('| Measure | Column 1: model-one @');
  expect(md).not.toContain('sk-secret');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    compare.region.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = readFileSync(await json.path(), 'utf8');
  expect(JSON.parse(exported)).toMatchObject({ format: 'responses-playground-comparison' });
  expect(exported).not.toContain('sk-secret');

  // Re-run from the saved comparison: each relay gets its column's request again.
  await compare.region
    .getByRole('button', { name: /^Re-run comparison of/ })
    .first()
    .click();
  await expect.poll(async () => (await relay.requestsUnder(a.prefix, 'POST')).length).toBe(4);
  await expect.poll(async () => (await relay2.requestsUnder(b.prefix, 'POST')).length).toBe(4);
  const rerun = (await relay2.requestsUnder(b.prefix, 'POST')).at(-1);
  expect(rerun?.headers.authorization).toBe('Bearer sk-secret-two');
  expect(JSON.parse(rerun!.body)).toMatchObject({ model: 'model-two' });
  await compare.column(2).expectStatus('completed');

  // Share: the link opens the request and the columns in a fresh browser page, with no key in it.
  await compare.region.getByRole('button', { name: 'Share comparison' }).click();
  const link = await page.getByRole('textbox', { name: 'Comparison link' }).inputValue();
  expect(link).toContain('#share=');
  const fresh = await context.browser()!.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(link);
    const opened = new ComparePage(other);
    await expect(opened.region).toBeVisible();
    await expect(opened.column(1).baseUrl).toHaveValue(a.baseUrl);
    await expect(opened.column(2).model).toHaveValue('model-two');
    await expect(opened.column(1).apiKey).toHaveValue('');
    await expect(opened.runs).toHaveValue('2');
    const inflated = await other.evaluate(() => document.documentElement.outerHTML);
    expect(inflated).not.toContain('sk-secret');
  } finally {
    await fresh.close();
  }
  expect(link).not.toContain('sk-secret');
});

test('tool tests run on every Compare column too (test × column), each with its own key and model', async ({
  playground,
  page,
  relay,
  relay2,
}) => {
  const a = relay.ownRoute('tool-tests');
  const b = relay2.ownRoute('tool-tests');
  const weather = {
    type: 'function',
    name: 'get_weather',
    description: 'Current weather for a city.',
    parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  };
  await playground.open();
  await playground.useBaseUrl(relay.ownRoute('tool-tests').baseUrl);
  await playground.setRequest({ model: 'gpt-4.1', input: 'x', tools: [weather], stream: true });
  const compare = new ComparePage(page);
  await compare.open();
  await compare.column(1).set({ baseUrl: a.baseUrl, apiKey: 'sk-matrix-one', model: 'model-one' });
  await compare.column(2).set({ baseUrl: b.baseUrl, apiKey: 'sk-matrix-two', model: 'model-two' });

  const tests = new ToolTestsPage(page);
  await tests.add("What's the weather in Paris?", 'get_weather');
  await tests.region.getByRole('checkbox', { name: 'Also run on every Compare column (2)' }).check();
  await tests.runTests.click();
  const matrix = tests.region.getByRole('table', { name: 'Test matrix' });
  await expect(matrix).toContainText('Column 1', { timeout: 30_000 });
  await expect(matrix).toContainText('Column 2');
  await expect(matrix.locator('tbody tr').first()).not.toContainText('fail', { timeout: 30_000 });
  await expect(matrix.locator('tbody tr').first()).toContainText('pass');

  const [toA] = await relay.requestsUnder(a.prefix, 'POST');
  const [toB] = await relay2.requestsUnder(b.prefix, 'POST');
  expect(toA?.headers.authorization).toBe('Bearer sk-matrix-one');
  expect(toB?.headers.authorization).toBe('Bearer sk-matrix-two');
  expect((JSON.parse(toA!.body) as { model: string }).model).toBe('model-one');
  expect((JSON.parse(toB!.body) as { model: string }).model).toBe('model-two');
});
