import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { setRequestText } from './pages/request-editor-page';
import { ToolsPage } from './pages/tools-page';

const seedText = readFileSync(new URL('./data/seed-parallel-tools.json', import.meta.url), 'utf8');
const seed = JSON.parse(seedText) as { tools: { name: string; parameters: { properties: object } }[] };

const getWeather = {
  type: 'function',
  name: 'get_weather',
  description: 'Current weather in a city',
  parameters: {
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  },
  strict: true,
};

test('a strict get_weather(city: string) built in the builder is what the server receives', async ({
  playground,
  relay,
}) => {
  const tools = new ToolsPage(playground.page);
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('relay/tools-build'));
  await playground.setRequest({ model: 'gpt-4.1', input: 'Weather in Paris?', stream: true });

  await tools.addFunction.click();
  const card = tools.tool(0);
  // Typed key by key: each keystroke rewrites the JSON, and the field keeps its focus.
  await card.getByRole('textbox', { name: 'Function name' }).fill('');
  await card.getByRole('textbox', { name: 'Function name' }).pressSequentially('get_weather');
  await card.getByRole('textbox', { name: 'Function description' }).fill('Current weather in a city');
  await card.getByRole('checkbox', { name: 'Strict' }).check();
  await card.getByRole('button', { name: 'Add parameter' }).click();
  await card.getByRole('textbox', { name: 'Parameter name' }).fill('');
  await card.getByRole('textbox', { name: 'Parameter name' }).pressSequentially('city');
  await card.getByRole('combobox', { name: 'Parameter type' }).selectOption('string');
  await card.getByRole('checkbox', { name: 'Required' }).check();

  // Every edit shows in Request JSON at once, as a Responses-style function tool.
  await expect
    .poll(async () => (JSON.parse(await playground.requestText()) as { tools?: unknown }).tools)
    .toEqual([getWeather]);
  await expect(card.getByRole('list', { name: 'Lint for get_weather' })).toHaveCount(0);

  await playground.send();
  await playground.expectStatus('completed');
  const [received] = await relay.requests('relay/tools-build');
  expect(received).toBeDefined();
  expect((JSON.parse(received?.body ?? '{}') as { tools: unknown }).tools).toEqual([getWeather]);

  // The completed call's arguments are validated against the tool's schema, on the call.
  const call = playground.functionCall('get_weather');
  await expect(call.getByRole('group', { name: 'Argument check of get_weather' })).toContainText(
    'valid against the schema',
  );
});

test('editing Request JSON updates the builder, and invalid JSON never wipes it', async ({ playground }) => {
  const tools = new ToolsPage(playground.page);
  await playground.open();
  const lookup = {
    type: 'function',
    name: 'lookup',
    description: 'Find a record',
    parameters: {
      type: 'object',
      properties: { q: { type: 'string', pattern: '^[a-z]+$' }, limit: { type: 'integer' } },
      required: ['q'],
    },
    strict: false,
  };
  const text = JSON.stringify({ model: 'm', input: 'hi', tools: [lookup] }, null, 2);
  await playground.setRequest(text);

  const card = tools.tool(0);
  await expect(card.getByRole('textbox', { name: 'Function name' })).toHaveValue('lookup');
  await expect(card.getByRole('textbox', { name: 'Function description' })).toHaveValue('Find a record');
  await expect(card.getByRole('checkbox', { name: 'Strict' })).not.toBeChecked();
  await expect(tools.parameterNames(card)).toHaveCount(2);
  await expect(tools.parameterNames(card).nth(0)).toHaveValue('q');
  await expect(tools.parameterNames(card).nth(1)).toHaveValue('limit');
  await expect(tools.parameter(card, 'q').getByRole('combobox', { name: 'Parameter type' })).toHaveValue(
    'string',
  );
  await expect(tools.parameter(card, 'limit').getByRole('combobox', { name: 'Parameter type' })).toHaveValue(
    'integer',
  );
  await expect(tools.parameter(card, 'q').getByRole('checkbox', { name: 'Required' })).toBeChecked();
  await expect(tools.parameter(card, 'limit').getByRole('checkbox', { name: 'Required' })).not.toBeChecked();

  // Change the JSON: the builder follows.
  await playground.setRequest(text.replace('"limit"', '"max_results"').replace('"integer"', '"number"'));
  await expect(tools.parameterNames(card).nth(1)).toHaveValue('max_results');
  await expect(
    tools.parameter(card, 'max_results').getByRole('combobox', { name: 'Parameter type' }),
  ).toHaveValue('number');

  // Broken JSON: the builder keeps the last valid version.
  await playground.setRequest(text.slice(0, -5));
  await expect(tools.region).toContainText('last valid version');
  await expect(card.getByRole('textbox', { name: 'Function name' })).toHaveValue('lookup');
  await expect(tools.parameterNames(card)).toHaveCount(2);

  // A builder edit on valid JSON keeps the keyword the builder has no control for (pattern).
  await playground.setRequest(text);
  await tools.parameter(card, 'limit').getByRole('checkbox', { name: 'Required' }).check();
  await expect
    .poll(async () => JSON.parse(await playground.requestText()) as unknown)
    .toEqual({
      model: 'm',
      input: 'hi',
      tools: [{ ...lookup, parameters: { ...lookup.parameters, required: ['q', 'limit'] } }],
    });
});

test('the seed request’s four tools load into the builder unchanged and come back out equivalent', async ({
  playground,
  relay,
}) => {
  const tools = new ToolsPage(playground.page);
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('relay/tools-seed'));
  await playground.setRequest(seedText);

  await expect(tools.functionNames()).toHaveCount(4);
  for (const [i, tool] of seed.tools.entries()) {
    await expect(tools.functionNames().nth(i)).toHaveValue(tool.name);
    await expect(tools.parameterNames(tools.tool(i))).toHaveCount(
      Object.keys(tool.parameters.properties).length,
    );
  }
  // Loading wrote nothing.
  expect(await playground.requestText()).toBe(seedText);

  // A quiet card: no meters (far from every limit), the advice folded behind one summary.
  const first = tools.tool(0);
  await expect(first.getByRole('group', { name: /^Limits used by/ })).toHaveCount(0);
  await expect(first.getByText(/strict is omitted/)).toHaveCount(0);
  const advice = first.getByRole('button', { name: /5 warnings/ });
  await expect(advice).toHaveAttribute('aria-expanded', 'false');
  await advice.focus();
  await advice.press('Enter');
  await expect(
    first.getByRole('list', { name: 'Lint for random_generator: advice' }).getByRole('listitem'),
  ).toHaveCount(5);
  await advice.press('Enter');

  // An edit and its undo through the builder give back the same bytes.
  const name = tools.functionNames().nth(2);
  await name.fill('math_calc');
  await expect.poll(() => playground.requestText()).toContain('"name": "math_calc"');
  await name.fill('math_calculator');
  await expect.poll(() => playground.requestText()).toBe(seedText);

  // Reordering by keyboard down and back up gives back the same tools.
  const handle = tools.region.getByRole('button', { name: 'Move function random_generator' });
  await handle.focus();
  await handle.press('ArrowDown');
  await expect(tools.functionNames().nth(1)).toHaveValue('random_generator');
  await expect(tools.region.getByRole('button', { name: 'Move function random_generator' })).toBeFocused();
  await playground.page.keyboard.press('ArrowUp');
  await expect(tools.functionNames().nth(0)).toHaveValue('random_generator');
  await expect
    .poll(async () => (JSON.parse(await playground.requestText()) as { tools: unknown }).tools)
    .toEqual(seed.tools);

  await playground.send();
  await playground.expectStatus('completed');
  const [received] = await relay.requests('relay/tools-seed');
  expect((JSON.parse(received?.body ?? '{}') as { tools: unknown }).tools).toEqual(seed.tools);
});

test('argument violations are listed on the call in the output pane', async ({ playground, relay }) => {
  await playground.open();
  await playground.useBaseUrl(relay.baseUrl('relay/tools-violations'));
  // The relay answers with each parameter's default: "three" is not an integer.
  await playground.setRequest({
    model: 'm',
    input: 'count',
    stream: true,
    tools: [
      {
        type: 'function',
        name: 'count_things',
        parameters: {
          type: 'object',
          properties: { n: { type: 'integer', default: 'three' } },
          required: ['n'],
          additionalProperties: false,
        },
        strict: true,
      },
    ],
  });
  await playground.send();
  await playground.expectStatus('completed');
  const check = playground
    .functionCall('count_things')
    .getByRole('group', { name: 'Argument check of count_things' });
  await expect(check).toContainText('1 schema violation');
  await expect(check.getByRole('listitem')).toHaveText('/n must be integer');
});

test('import a Chat Completions tool, add hosted tools, force a tool, and ask for structured output', async ({
  playground,
}) => {
  const tools = new ToolsPage(playground.page);
  await playground.open();
  await playground.setRequest({ model: 'gpt-4.1', input: 'hi' });

  await tools.region.getByText('Import or convert tools').click();
  await tools.region.getByRole('textbox', { name: 'Import JSON' }).fill(
    JSON.stringify({
      type: 'function',
      function: {
        name: 'get_time',
        parameters: { type: 'object', properties: { tz: { type: 'string' } } },
      },
    }),
  );
  await tools.region.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(tools.functionNames()).toHaveCount(1);
  await expect(tools.functionNames()).toHaveValue('get_time');

  await tools.region.getByRole('combobox', { name: 'Add hosted tool' }).selectOption('file_search');
  await tools.region.getByRole('textbox', { name: 'Vector store ids' }).fill('vs_1, vs_2');
  await tools.region.getByRole('spinbutton', { name: 'Max results' }).fill('8');
  await tools.region.getByRole('combobox', { name: 'Tool choice' }).selectOption('function:get_time');
  await tools.region.getByRole('combobox', { name: 'Parallel tool calls' }).selectOption('false');

  await tools.structuredOutput.getByRole('combobox', { name: 'Response format' }).selectOption('json_schema');
  await tools.structuredOutput.getByRole('textbox', { name: 'Schema name' }).fill('answer');
  await tools.structuredOutput.getByRole('button', { name: 'Add property' }).click();
  await tools.structuredOutput.getByRole('textbox', { name: 'Property name' }).fill('summary');

  await expect
    .poll(async () => JSON.parse(await playground.requestText()) as unknown)
    .toEqual({
      model: 'gpt-4.1',
      input: 'hi',
      tools: [
        {
          type: 'function',
          name: 'get_time',
          parameters: { type: 'object', properties: { tz: { type: 'string' } } },
          strict: false,
        },
        { type: 'file_search', vector_store_ids: ['vs_1', 'vs_2'], max_num_results: 8 },
      ],
      tool_choice: { type: 'function', name: 'get_time' },
      parallel_tool_calls: false,
      text: {
        format: {
          type: 'json_schema',
          name: 'answer',
          schema: {
            type: 'object',
            properties: { summary: { type: 'string' } },
            required: ['summary'],
            additionalProperties: false,
          },
          strict: true,
        },
      },
    });
});

test('a structured answer is validated against text.format next to it', async ({ playground, relay }) => {
  const format = {
    type: 'json_schema',
    name: 'city_facts',
    schema: {
      type: 'object',
      properties: { city: { type: 'string' }, population: { type: 'integer' } },
      required: ['city', 'population'],
      additionalProperties: false,
    },
    strict: true,
  };
  await playground.open();
  // The built-in demo backend answers with JSON valid against the schema.
  await playground.setRequest({
    model: 'gpt-4.1-mini',
    input: 'Facts about Paris',
    stream: true,
    text: { format },
  });
  await playground.send();
  await playground.expectStatus('completed');
  const check = playground.output.getByRole('group', { name: 'Structured output check (city_facts)' });
  await expect(check).toContainText('valid against the schema');

  // The relay answers with prose: not JSON at all.
  await playground.useBaseUrl(relay.baseUrl('relay/tools-format'));
  await playground.send();
  await playground.expectStatus('completed');
  await expect(check).toContainText('not valid JSON');
});

test('parameters reorder by drag, tools duplicate, collapse and delete', async ({ playground }) => {
  const tools = new ToolsPage(playground.page);
  await playground.open();
  const tool = {
    type: 'function',
    name: 'search',
    parameters: {
      type: 'object',
      properties: { query: { type: 'string' }, limit: { type: 'integer' } },
      required: ['query', 'limit'],
      additionalProperties: false,
    },
    strict: true,
  };
  await playground.setRequest({ model: 'm', input: 'hi', tools: [tool] });
  const card = tools.tool(0);
  const requestTools = async () => (JSON.parse(await playground.requestText()) as { tools: unknown[] }).tools;

  // A drag the way a hand makes one: several pointer moves (a drag starts after a few pixels).
  await card
    .getByRole('button', { name: 'Move parameter limit' })
    .dragTo(tools.parameter(card, 'query'), { steps: 8 });
  await expect(tools.parameterNames(card).nth(0)).toHaveValue('limit');
  await expect
    .poll(async () =>
      Object.keys(
        ((await requestTools())[0] as { parameters: { properties: object } }).parameters.properties,
      ),
    )
    .toEqual(['limit', 'query']);

  await tools.region.getByRole('button', { name: 'Duplicate function search' }).click();
  await expect(tools.functionNames()).toHaveCount(2);
  await expect(tools.functionNames().nth(1)).toHaveValue('search_copy');

  await tools.region.getByRole('button', { name: 'Collapse function search_copy' }).click();
  await expect(tools.tool(1).getByRole('textbox', { name: 'Function description' })).toHaveCount(0);
  await tools.region.getByRole('button', { name: 'Expand function search_copy' }).click();
  await expect(tools.tool(1).getByRole('textbox', { name: 'Function description' })).toBeVisible();

  await tools.region.getByRole('button', { name: 'Delete function search', exact: true }).click();
  await expect(tools.functionNames()).toHaveCount(1);
  await expect.poll(requestTools).toEqual([
    {
      ...tool,
      name: 'search_copy',
      parameters: {
        ...tool.parameters,
        properties: { limit: { type: 'integer' }, query: { type: 'string' } },
      },
    },
  ]);
});

test.describe('in 简体中文', () => {
  test.use({ locale: 'zh-CN' });

  test('the builder speaks Chinese, and the seed’s tools stay quiet', async ({ page }) => {
    await page.goto('./');
    const region = page.getByRole('region', { name: '工具' });
    await expect(region.getByRole('button', { name: '添加函数' })).toBeVisible();
    await setRequestText(page, seedText);
    await expect(region.getByRole('textbox', { name: '函数名称' })).toHaveCount(4);
    const card = region.getByRole('listitem', { name: '函数 random_generator' });
    await expect(card.getByRole('checkbox', { name: '严格模式' })).not.toBeChecked();
    const advice = card.getByRole('button', { name: /5 个警告/ });
    await advice.click();
    await expect(card.getByRole('list', { name: /建议$/ }).getByRole('listitem')).toHaveCount(5);
    await expect(card.getByRole('list', { name: /建议$/ })).toContainText('必须提供 additionalProperties');
  });
});
