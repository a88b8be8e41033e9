import { expect, test } from './fixtures';
import { ComparePage } from './pages/compare-page';

const REQUEST = { model: 'gpt-4.1', input: 'Say hello', stream: true };

test('Compare opens two columns, adds up to four, and Output stays the only region named Output', async ({
  playground,
  page,
}) => {
  await playground.open();
  const compare = new ComparePage(page);
  await compare.open();
  await expect(compare.columns()).toHaveCount(2);
  await compare.addColumnButton.click();
  await compare.addColumnButton.click();
  await expect(compare.columns()).toHaveCount(4);
  await expect(compare.addColumnButton).toBeDisabled();
  for (const n of [1, 2, 3, 4]) {
    const column = compare.column(n);
    await expect(column.baseUrl).toBeVisible();
    await expect(column.apiKey).toHaveAttribute('type', 'password');
    await expect(column.model).toBeVisible();
    await expect(column.status).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Output', exact: true })).toHaveCount(1);
});

test('Send all: both relays answer, each received only its own key and its own model', async ({
  playground,
  page,
  relay,
  relay2,
}) => {
  const a = relay.ownRoute('relay');
  const b = relay2.ownRoute('litellm');
  await playground.open();
  await playground.setRequest(REQUEST);
  const compare = new ComparePage(page);
  await compare.open();
  await compare.column(1).set({ baseUrl: a.baseUrl, apiKey: 'sk-column-one', model: 'model-one' });
  await compare.column(2).set({
    baseUrl: b.baseUrl,
    apiKey: 'sk-column-two',
    model: 'model-two',
    overrides: '{"temperature": 0.3}',
  });
  await compare.sendAll();
  await compare.column(1).expectStatus('completed');
  await compare.column(2).expectStatus('completed');
  await expect(compare.column(1).region).toContainText('Hello from the relay');
  await expect(compare.column(2).region).toContainText('Hello from the relay');

  const [toA, toB] = [
    await relay.requestsUnder(a.prefix, 'POST'),
    await relay2.requestsUnder(b.prefix, 'POST'),
  ];
  expect(toA).toHaveLength(1);
  expect(toB).toHaveLength(1);
  expect(toA[0]?.headers.authorization).toBe('Bearer sk-column-one');
  expect(toB[0]?.headers.authorization).toBe('Bearer sk-column-two');
  expect(JSON.parse(toA[0]!.body)).toEqual({ ...REQUEST, model: 'model-one' });
  expect(JSON.parse(toB[0]!.body)).toEqual({ ...REQUEST, model: 'model-two', temperature: 0.3 });
  for (const sent of [...toA, ...toB]) expect(sent.body).not.toContain('sk-column');

  // Measured side by side, and kept in History as one group.
  await expect(compare.figureRow('Events')).toBeVisible();
  await expect(compare.figureRow('HTTP status')).toContainText('200');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('comparison · column 1')).toBeVisible();
  await expect(history.getByText('comparison · column 2')).toBeVisible();
});

test('a failure in one column leaves the other streaming', async ({ playground, page, relay, relay2 }) => {
  const failing = relay.ownRoute('401');
  // `silent` sends some text, then holds the connection open: the column stays streaming.
  const holding = relay2.ownRoute('silent');
  await playground.open();
  await playground.setRequest(REQUEST);
  const compare = new ComparePage(page);
  await compare.open();
  await compare.column(1).set({ baseUrl: failing.baseUrl, apiKey: 'sk-wrong' });
  await compare.column(2).set({ baseUrl: holding.baseUrl, apiKey: 'sk-right' });
  await compare.sendAll();

  await compare.column(1).expectStatus('failed');
  await expect(compare.column(1).alert()).toContainText('401');
  await expect(compare.column(1).alert()).toContainText('Incorrect API key provided');
  await expect(compare.column(2).region).toContainText('Hello from the relay');
  await expect(compare.column(2).status).toContainText('streaming');
  await expect(compare.column(2).alert()).toHaveCount(0);

  await compare.stopAllButton.click();
  await compare.column(2).expectStatus('cancelled');
});

test('Stop in one column leaves the other running', async ({ playground, page, relay, relay2 }) => {
  const one = relay.ownRoute('silent');
  const two = relay2.ownRoute('silent');
  await playground.open();
  await playground.setRequest(REQUEST);
  const compare = new ComparePage(page);
  await compare.open();
  await compare.column(1).set({ baseUrl: one.baseUrl });
  await compare.column(2).set({ baseUrl: two.baseUrl });
  await compare.sendAll();
  for (const n of [1, 2]) await expect(compare.column(n).region).toContainText('Hello from the relay');

  await compare.column(1).stop.click();
  await compare.column(1).expectStatus('cancelled');
  // The first relay saw its client go away; the second still holds its connection open (`silent`).
  await expect
    .poll(async () => (await relay.requestsUnder(one.prefix, 'POST'))[0]?.outcome)
    .toBe('client-closed');
  expect((await relay2.requestsUnder(two.prefix, 'POST'))[0]?.outcome).toBe('silent');
  await expect(compare.column(2).status).toContainText('streaming');
  await expect(compare.column(2).stop).toBeEnabled();
  await expect(compare.column(1).region).toContainText('Hello from the relay');

  await compare.column(2).stop.click();
  await compare.column(2).expectStatus('cancelled');
  await expect
    .poll(async () => (await relay2.requestsUnder(two.prefix, 'POST'))[0]?.outcome)
    .toBe('client-closed');
});
