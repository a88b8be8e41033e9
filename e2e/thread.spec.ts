import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { ThreadPage } from './pages/thread-page';
import { recordBodies, SEED, SEED_REQUEST, sendAndWait, TEXT_REQUEST, type Body } from './pages/turns';

test("the seed's four parallel calls are answered together and the model's continuation is shown", async ({
  playground,
  page,
}) => {
  const sent = recordBodies(page);
  const thread = new ThreadPage(page);
  await playground.open();
  await playground.setRequest(SEED_REQUEST);
  const first = await sendAndWait(playground, () => playground.send());

  await expect(thread.outputBoxes()).toHaveCount(4);
  const callIds = await thread.callIds();
  const answers = [
    '{"numbers": [17, 42, 99]}',
    'Linux 6.8, 16 GB RAM',
    '{"result": 580.2}',
    '2025-01-01 12:00 UTC',
  ];
  for (const [i, callId] of callIds.entries()) await thread.outputFor(callId).fill(answers[i]!);
  // JSON is checked, plain text allowed.
  await expect(thread.region).toContainText('valid JSON');
  await expect(thread.region).toContainText('plain text');
  await thread.outputFor(callIds[0]!).fill('{"numbers": [17, 42, 99]');
  await expect(thread.region).toContainText('not valid JSON');
  await thread.outputFor(callIds[0]!).fill(answers[0]!);

  await sendAndWait(playground, () => thread.sendToolOutputs.click());
  const continuation = playground.output.getByRole('article', { name: 'Assistant message' });
  for (const [i, answer] of answers.entries()) {
    await expect(continuation).toContainText(callIds[i]!);
    await expect(continuation).toContainText(answer);
  }

  const body = sent.at(-1)!;
  expect(body.previous_response_id).toBe(first);
  expect(body.input).toEqual(
    callIds.map((call_id, i) => ({ type: 'function_call_output', call_id, output: answers[i] })),
  );
  // The request's settings are kept; only input and previous_response_id change.
  expect({ ...body, input: undefined, previous_response_id: undefined }).toEqual({
    ...SEED_REQUEST,
    input: undefined,
    previous_response_id: undefined,
  });
  // Answered: no more output editors for the continuation, which has no calls.
  await expect(thread.outputBoxes()).toHaveCount(0);
});

test('a follow-up chain of three turns, a branch from the first, and all of it after a reload', async ({
  playground,
  page,
}) => {
  const sent = recordBodies(page);
  const thread = new ThreadPage(page);
  const history = new HistoryPage(page);
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);

  const id1 = await sendAndWait(playground, () => playground.send());
  const id2 = await sendAndWait(playground, () => thread.sendFollowUpMessage('Turn two: which is longest?'));
  expect(sent[1]).toMatchObject({
    input: 'Turn two: which is longest?',
    previous_response_id: id1,
    model: 'gpt-4.1-mini',
  });
  const id3 = await sendAndWait(playground, () =>
    thread.sendFollowUpMessage('Turn three: and the shortest?'),
  );
  expect(sent[2]).toMatchObject({ input: 'Turn three: and the shortest?', previous_response_id: id2 });
  await expect.poll(() => history.responseIds()).toEqual([id3, id2, id1]);

  // Branch from the first turn: select it (Output shows it), then follow up.
  await history.select(id1);
  await expect(playground.output.getByLabel('Response id')).toHaveText(id1);
  await expect(thread.region).toContainText(`Continues ${id1}`);
  const id4 = await sendAndWait(playground, () => thread.sendFollowUpMessage('Branch: what about lakes?'));
  expect(sent[3]).toMatchObject({ input: 'Branch: what about lakes?', previous_response_id: id1 });
  await expect.poll(() => history.responseIds()).toEqual([id4, id3, id2, id1]);

  await history.view('Tree');
  const treeOrder = async () =>
    (await history.tree.getByRole('button').allTextContents()).map((t) => /resp_\S+/.exec(t)?.[0]);
  await expect.poll(treeOrder).toEqual([id1, id2, id3, id4]);
  await history.view('Thread');
  await expect(history.thread.getByRole('listitem')).toHaveCount(2);
  await expect(history.thread).toContainText(id1);
  await expect(history.thread).toContainText('Branch: what about lakes?');

  // Reload: every entry, its tree and its recorded response are still there.
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Request JSON' })).toBeVisible();
  await expect.poll(() => history.responseIds()).toEqual([id4, id3, id2, id1]);
  await history.select(id2);
  await expect(playground.output.getByLabel('Response id')).toHaveText(id2);
  await playground.expectStatus('completed');
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).not.toBeEmpty();
  await history.view('Tree');
  await expect.poll(treeOrder).toEqual([id1, id2, id3, id4]);
  // …and the selected entry is still the parent of the next follow-up.
  await sendAndWait(playground, () => thread.sendFollowUpMessage('After the reload'));
  expect(sent.at(-1)).toMatchObject({ input: 'After the reload', previous_response_id: id2 });
});

test('a relay that refuses previous_response_id: the replay fallback carries the conversation on', async ({
  playground,
  relay,
  page,
}) => {
  const thread = new ThreadPage(page);
  const history = new HistoryPage(page);
  const base = `${relay.origin}/no-chain/t${Date.now()}/v1`;
  const path = new URL(base).pathname;
  const requests = async () =>
    (await relay.requests('no-chain'))
      .filter((r) => r.path.startsWith(path))
      .map((r) => JSON.parse(r.body) as Body);
  await playground.open();
  await playground.useBaseUrl(base);
  await playground.setRequest({ ...SEED, stream: true });
  const first = await sendAndWait(playground, () => playground.send());
  const callIds = await thread.callIds();
  expect(callIds).toHaveLength(4);
  const answers = ['[5, 6, 7]', 'Linux', '580.2', 'noon'];
  for (const [i, callId] of callIds.entries()) await thread.outputFor(callId).fill(answers[i]!);

  // Chained: the relay answers 400 previous_response_not_found.
  await thread.sendToolOutputs.click();
  await playground.expectStatus('failed');
  await expect(playground.output.getByRole('alert')).toContainText('400');
  await expect(thread.replayOffer).toBeVisible();
  expect((await requests())[1]).toMatchObject({ previous_response_id: first });

  // Replay: the whole conversation as input, no previous_response_id.
  await sendAndWait(playground, () => thread.resendInReplayMode.click());
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).toContainText(
    'Tool results received',
  );
  const calls = [
    ['random_generator', '{"min":1,"max":100,"count":3}'],
    ['system_info', '{}'],
    ['math_calculator', '{"a":123.5,"b":456.7,"operation":"add"}'],
    ['current_time', '{}'],
  ];
  const replayed = (await requests())[2]!;
  expect(replayed).not.toHaveProperty('previous_response_id');
  expect(replayed.tools).toEqual(SEED.tools);
  const toolTurn = [
    (SEED.input as Body[])[0],
    ...calls.map(([name, args], i) => ({
      type: 'function_call',
      call_id: callIds[i],
      name,
      arguments: args,
    })),
    ...callIds.map((call_id, i) => ({ type: 'function_call_output', call_id, output: answers[i] })),
  ];
  expect(replayed.input).toEqual(toolTurn);

  // The choice is remembered for this base URL: the next follow-up goes straight out in replay mode.
  await expect(thread.chainingMode).toHaveValue('replay');
  await sendAndWait(playground, () => thread.sendFollowUpMessage('Thanks, and what next?'));
  const followUp = (await requests())[3]!;
  expect(followUp).not.toHaveProperty('previous_response_id');
  const input = followUp.input as Body[];
  expect(input.slice(0, toolTurn.length)).toEqual(toolTurn);
  expect(input[toolTurn.length]).toMatchObject({ type: 'message', role: 'assistant' });
  expect(String(input[toolTurn.length]!.content)).toContain('Tool results received');
  expect(input.slice(toolTurn.length + 1)).toEqual([{ role: 'user', content: 'Thanks, and what next?' }]);

  // Each turn is marked with the mode it used; the refused one stays in the history as failed.
  const rows = await history.rows().allTextContents();
  expect(rows).toHaveLength(4);
  expect(rows[0]).toContain('replay');
  expect(rows[1]).toContain('replay');
  expect(rows[2]).toMatch(/failed.*chain/);

  // The user can switch back.
  await thread.chainingMode.selectOption('server');
  await page.reload();
  await expect(thread.chainingMode).toHaveValue('server');
});

test('fixtures answer calls in one click, and the auto-answer loop runs until the model answers in text', async ({
  playground,
  page,
}) => {
  const thread = new ThreadPage(page);
  const history = new HistoryPage(page);
  await playground.open();
  await playground.setRequest(SEED_REQUEST);
  await sendAndWait(playground, () => playground.send());
  const callIds = await thread.callIds();
  const names = ['random_generator', 'system_info', 'math_calculator', 'current_time'];
  for (const [i, callId] of callIds.entries()) {
    await thread.outputFor(callId).fill(`{"fixture": "${names[i]}"}`);
    await thread.saveFixture(names[i]!);
  }

  // A new response with the same tools: one click fills every output.
  await sendAndWait(playground, () => playground.send());
  const next = await thread.callIds();
  await expect(thread.outputFor(next[0]!)).toHaveValue('');
  await thread.fillFromFixtures.click();
  for (const [i, callId] of next.entries())
    await expect(thread.outputFor(callId)).toHaveValue(`{"fixture": "${names[i]}"}`);

  // Auto-answer: send once, the loop answers the calls and stops when the model writes text.
  await thread.openFixtures();
  await thread.autoAnswer.check();
  await thread.stepLimit.fill('3');
  await playground.send();
  await expect(thread.trail).toContainText(
    'Step 1: answered random_generator, system_info, math_calculator, current_time',
  );
  await expect(thread.trail).toContainText('answered in text after 1 step');
  await playground.expectStatus('completed');
  await expect(playground.output.getByRole('article', { name: 'Assistant message' })).toContainText(
    '"fixture"',
  );
  await expect.poll(async () => (await history.rows().allTextContents()).length).toBe(4);
});
