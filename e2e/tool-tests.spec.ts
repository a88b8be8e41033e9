import { expect, test, type Relay } from './fixtures';
import type { PlaygroundPage } from './pages/playground-page';
import { SharingPage } from './pages/sharing-page';
import { ToolTestsPage } from './pages/tool-tests-page';

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
const EMAIL = {
  type: 'function',
  name: 'send_email',
  description: 'Send an email message to a recipient.',
  parameters: {
    type: 'object',
    properties: { to: { type: 'string' }, body: { type: 'string' } },
    required: ['to', 'body'],
    additionalProperties: false,
  },
  strict: true,
};

/** Opens the playground on the relay's tool-tests scenario (a path of this test's own) with these tools. */
async function setUp(playground: PlaygroundPage, relay: Relay, path: string, tools: unknown[]) {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl(`tool-tests/${path}/${Date.now()}`));
  await playground.setRequest({
    model: 'gpt-4.1',
    input: 'editor input',
    temperature: 0.2,
    tools,
    stream: true,
  });
  return new ToolTestsPage(playground.page);
}

test('Run tests sends the editor’s request once per test with its input, and says pass or fail with why', async ({
  playground,
  relay,
}) => {
  const tests = await setUp(playground, relay, 'basic', [WEATHER, EMAIL]);
  await tests.add("What's the weather in Paris?", 'get_weather');
  await tests.add('Email Ann about the picnic', 'get_weather');
  await tests.add('Tell me a joke', '');
  await tests.add('[{"role": "user", "content": "Weather in Rome?"}]', 'get_weather', {
    items: true,
    expectations: '{"get_weather": {"match": {"city": "Rome"}}}',
  });
  await tests.runTests.click();
  await expect(tests.status).toContainText('2 of 4 tests passed.', { timeout: 30_000 });

  await expect(tests.results.locator('tbody tr')).toHaveCount(4);
  await expect(tests.row(1)).toContainText('pass');
  await expect(tests.row(1)).toContainText('get_weather {"city":"San Francisco, CA"}');
  await expect(tests.row(2)).toContainText('fail');
  await expect(tests.row(2)).toContainText('not called: get_weather');
  await expect(tests.row(3)).toContainText('pass');
  await expect(tests.row(3)).toContainText('answered: Hello from the relay!');
  await expect(tests.row(4)).toContainText('fail');
  await expect(tests.row(4)).toContainText(
    'get_weather argument /city is "San Francisco, CA", expected "Rome"',
  );
  for (const n of [1, 3]) await expect(tests.row(n)).not.toContainText('fail');

  const sent = await relay.requests('tool-tests/basic');
  const bodies = sent.map((r) => JSON.parse(r.body) as Record<string, unknown>);
  expect(bodies.map((b) => b.input)).toEqual(
    expect.arrayContaining([
      "What's the weather in Paris?",
      'Email Ann about the picnic',
      'Tell me a joke',
      [{ role: 'user', content: 'Weather in Rome?' }],
    ]),
  );
  for (const body of bodies)
    expect(body).toMatchObject({ model: 'gpt-4.1', temperature: 0.2, tools: [WEATHER, EMAIL], stream: true });
});

test('arguments that break the tool’s schema make a test fail, with the violations listed', async ({
  playground,
  relay,
}) => {
  const tests = await setUp(playground, relay, 'invalid', [WEATHER]);
  await tests.add("[invalid] What's the weather in Paris?", 'get_weather');
  await tests.runTests.click();
  await expect(tests.status).toContainText('0 of 1 tests passed.', { timeout: 30_000 });
  await expect(tests.row(1)).toContainText('fail');
  await expect(tests.row(1)).toContainText(
    'get_weather arguments break its schema (1): /city must be string',
  );
  await expect(tests.row(1)).toContainText('get_weather {"city":12345}');
  await expect(tests.row(1).getByRole('listitem').filter({ hasText: /^✗/ })).toHaveText(
    '✗ /city must be string',
  );
});

test('N runs give a pass rate; a schema edit re-run says what got better', async ({ playground, relay }) => {
  const tests = await setUp(playground, relay, 'rate', [WEATHER]);
  await tests.runs.fill('4');
  await tests.add('[flaky] Weather in Oslo?', 'get_weather');
  await tests.add('Email Bob the forecast', 'send_email');
  await tests.runTests.click();
  await expect(tests.status).toContainText('0 of 2 tests passed.', { timeout: 30_000 });
  await expect(tests.row(1)).toContainText('2/4 (50%)');
  await expect(tests.row(1)).toContainText('2 of 4 runs failed: not called: get_weather');
  await expect(tests.row(2)).toContainText('0/4 (0%)');
  await expect(tests.status).toContainText('First results for this version of the tools');

  // The tool set changes (a new function): its results are compared with the version before.
  const request = JSON.parse(await playground.requestText()) as { tools: unknown[] };
  await playground.setRequest({ ...request, tools: [WEATHER, EMAIL] });
  await tests.runTests.click();
  await expect(tests.status).toContainText('1 better, 0 worse, 1 unchanged, 0 new', { timeout: 30_000 });
  await expect(tests.row(2)).toContainText('4/4 (100%)');
  await expect(tests.row(2)).toContainText('better');
});

test('tests that cannot run say why and nothing is sent; tests travel in share links', async ({
  playground,
  relay,
  browser,
  baseURL,
}) => {
  const tests = await setUp(playground, relay, 'share', [WEATHER]);
  await tests.add('[{"role": "user"', 'get_weather', { items: true });
  await expect(tests.test(1)).toContainText('the input items are not valid JSON');
  await tests.runTests.click();
  await expect(tests.region.getByRole('alert')).toContainText('Test 1: the input items are not valid JSON');
  expect(await relay.requests('tool-tests/share')).toEqual([]);
  await tests
    .test(1)
    .getByRole('textbox', { name: 'Test input' })
    .fill('[{"role": "user", "content": "Weather?"}]');

  const sharing = new SharingPage(playground.page);
  await sharing.share.click();
  await expect(sharing.shareLink).toHaveValue(/#share=/);
  const link = await sharing.shareLink.inputValue();
  const context = await browser.newContext({ baseURL });
  const fresh = await context.newPage();
  await fresh.goto(link);
  const opened = new ToolTestsPage(fresh);
  await expect(opened.test(1).getByRole('textbox', { name: 'Expected tools' })).toHaveValue('get_weather');
  await expect(opened.test(1).getByRole('checkbox', { name: /input items/ })).toBeChecked();
  await context.close();
});
