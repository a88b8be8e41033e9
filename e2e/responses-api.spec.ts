import { relayTokenCount } from './servers/relay-store';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { ResponsesApiPage } from './pages/responses-api-page';
import { setRequestText } from './pages/request-editor-page';
import { ThreadPage } from './pages/thread-page';
import { recordBodies, sendAndWait, shownResponseId, TEXT_REQUEST } from './pages/turns';
import type { PlaygroundPage } from './pages/playground-page';

/** A base URL of the test's own under a relay scenario, so its requests can be told apart. */
function own(origin: string, scenario: string): { base: string; path: string } {
  const path = `/${scenario}/t${Date.now()}${Math.floor(Math.random() * 1000)}/v1`;
  return { base: `${origin}${path}`, path };
}

const BACKGROUND = { model: 'gpt-4.1', input: 'Tell me something, slowly.', stream: true, background: true };

/** The text of the assistant's answer in Output. */
function answer(playground: PlaygroundPage) {
  return playground.output.getByRole('article', { name: 'Assistant message' });
}

/**
 * Sends a follow-up and waits for its answer. The status still says completed from the turn before
 * until the new request is out (a conversation or replay is prepared first), so wait for the request.
 */
async function followUp(thread: ThreadPage, playground: PlaygroundPage, sent: unknown[], text: string) {
  const before = sent.length;
  await thread.sendFollowUpMessage(text);
  await expect.poll(() => sent.length).toBeGreaterThan(before);
  await playground.expectStatus('completed');
}

/** How many times `text` appears in the answer. */
async function occurrences(locator: ReturnType<typeof answer>, text: string): Promise<number> {
  return ((await locator.textContent()) ?? '').split(text).length - 1;
}

test.describe('background responses on the relay', () => {
  test('a stream that breaks mid-way is resumed: nothing lost, nothing repeated, marked in the log', async ({
    playground,
    relay,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    // Held right before the POST breaks, so the page has its events (0–13, the last one '👋') first:
    // a failed body loses what the page had not read yet, on a busy machine all of it.
    const base = relay.heldBaseUrl('background-drop');
    const path = new URL(base).pathname;
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest(BACKGROUND);
    await playground.send();
    await expect(answer(playground)).toContainText('你好，世界 👋');
    await relay.release(base);
    await playground.expectStatus('completed');
    await expect(playground.alert()).toHaveCount(0);
    const text = answer(playground);
    await expect(text).toContainText('Hello from the relay! 你好，世界 👋');
    await expect(text).toContainText('Done ✅');
    expect(await occurrences(text, 'Hello from the relay!')).toBe(1);
    expect(await occurrences(text, 'Done ✅')).toBe(1);
    // The relay sent events again across the seam: skipped, so no repeat notice either.
    await expect(api.notices).toContainText('stream resumed after sequence_number 13');
    await expect(api.notices).not.toContainText('repeated');
    const seam = 13;

    const sent = (await relay.requests('background-drop')).filter((r) => r.path.startsWith(path));
    const id = await shownResponseId(playground);
    expect(sent.map((r) => `${r.method} ${r.path.slice(path.length)}`)).toEqual([
      'POST /responses',
      `GET /responses/${id}?stream=true&starting_after=${seam}`,
    ]);
    await api.showEvents();
    await expect(api.rawEvents).toContainText('(stream resumed)');
  });

  test('a resume that itself breaks is resumed again, from where it broke', async ({ playground, relay }) => {
    // Held: each connection waits right before it breaks until released, so the page has read all of
    // it first (a failed body loses what the page had not read yet: on a busy machine, all of it).
    const base = relay.heldBaseUrl('background-drop-twice');
    const path = new URL(base).pathname;
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest(BACKGROUND);
    await playground.send();
    // The POST's 12 events (0–11) end with the delta '，'; the first resume's 6 begin with '世界'.
    await expect(answer(playground)).toContainText('Hello from the relay! 你好，');
    await relay.release(base);
    await expect(answer(playground)).toContainText('你好，世界 👋');
    await relay.release(base);
    await playground.expectStatus('completed');
    await expect(playground.alert()).toHaveCount(0);
    expect(await occurrences(answer(playground), 'Hello from the relay!')).toBe(1);
    expect(await occurrences(answer(playground), '世界')).toBe(1);
    const gets = (await relay.requests('background-drop-twice'))
      .filter((r) => r.path.startsWith(path) && r.method === 'GET')
      .map((r) => Number(new URL(r.path, relay.origin).searchParams.get('starting_after')));
    // The POST broke after event 11, the first resume after 6 more (the page may not have shown the
    // last of those yet when released).
    expect(gets).toHaveLength(2);
    expect(gets[0]).toBe(11);
    expect(gets[1]).toBeGreaterThan(11);
    expect(gets[1]).toBeLessThanOrEqual(17);
  });

  test('without stream, a background response is polled until it completes', async ({
    playground,
    relay,
  }) => {
    const { base, path } = own(relay.origin, 'background-drop');
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest({ ...BACKGROUND, stream: false });
    await playground.send();
    await playground.expectStatus('completed');
    await expect(answer(playground)).toContainText('Hello from the relay!');
    const id = await shownResponseId(playground);
    const sent = (await relay.requests('background-drop')).filter((r) => r.path.startsWith(path));
    expect(sent.map((r) => `${r.method} ${r.path.slice(path.length)}`)).toEqual([
      'POST /responses',
      `GET /responses/${id}`,
      `GET /responses/${id}`,
    ]);
  });

  test('Stop on a background response also cancels it on the server', async ({ playground, relay, page }) => {
    const api = new ResponsesApiPage(page);
    const { base, path } = own(relay.origin, 'background-slow');
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest(BACKGROUND);
    await playground.send();
    await expect(answer(playground)).toContainText('Paragraph 1');
    await playground.stopButton.click();
    await playground.expectStatus('cancelled');
    const id = await shownResponseId(playground);
    await expect(api.notices).toContainText(`Cancelled on the server: ${id} is now cancelled.`);
    const cancel = (await relay.requests('background-slow')).filter(
      (r) => r.path.startsWith(path) && r.method === 'POST' && r.path.endsWith('/cancel'),
    );
    expect(cancel.map((r) => r.path.slice(path.length))).toEqual([`/responses/${id}/cancel`]);
  });
});

test.describe('open a response by id', () => {
  test('shows it in Output with its input items, and it becomes the parent of a follow-up', async ({
    playground,
    relay,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    const thread = new ThreadPage(page);
    const history = new HistoryPage(page);
    const sent = recordBodies(page);
    const { base } = own(relay.origin, 'relay');
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest({ model: 'gpt-4.1', input: 'Remember this one, please.', stream: true });
    const id = await sendAndWait(playground, () => playground.send());
    await playground.page.reload();
    await expect(playground.status).toContainText('ready');

    await api.open(id);
    await expect(playground.output.getByLabel('Response id')).toHaveText(id);
    await playground.expectStatus('completed');
    await expect(answer(playground)).toContainText('Hello from the relay!');
    await expect(api.inputItems).toContainText('Remember this one, please.');
    await expect(history.entry(id).first()).toContainText('opened');

    await followUp(thread, playground, sent, 'And now?');
    expect(sent.at(-1)).toMatchObject({ input: 'And now?', previous_response_id: id });
  });

  test('an id the server does not have says so', async ({ playground, relay, page }) => {
    const api = new ResponsesApiPage(page);
    await playground.open();
    await playground.useBaseUrl(relay.baseUrl('relay'));
    await api.open('resp_does_not_exist');
    await expect(playground.alert()).toContainText('The server has no response resp_does_not_exist');
    await expect(playground.status).toContainText('ready');
  });
});

test.describe('count tokens', () => {
  test('shows the count the server answers for the editor request', async ({ playground, relay, page }) => {
    const api = new ResponsesApiPage(page);
    const { base, path } = own(relay.origin, 'relay');
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest({ model: 'gpt-4.1', input: 'How many tokens is this?', stream: true });
    await api.countTokens.click();
    const count = await api.tokenCount();
    const [received] = (await relay.requests('relay')).filter(
      (r) => r.path === `${path}/responses/input_tokens`,
    );
    expect(received?.method).toBe('POST');
    expect(JSON.parse(received?.body ?? '{}')).toEqual({
      model: 'gpt-4.1',
      input: 'How many tokens is this?',
    });
    expect(count).toBe(relayTokenCount(received?.body ?? ''));
    await expect(playground.alert()).toHaveCount(0);
  });

  test('warns when the count nears the model context window', async ({ playground, relay, page }) => {
    const api = new ResponsesApiPage(page);
    await playground.open();
    await playground.useBaseUrl(relay.baseUrl('relay'));
    // gpt-3.5-turbo has 16,385 tokens; the relay counts a token per 4 characters.
    await playground.setRequest({ model: 'gpt-3.5-turbo', input: 'x'.repeat(56_000) });
    await api.countTokens.click();
    expect(await api.tokenCount()).toBeGreaterThan(14_000);
    await expect(playground.alert()).toContainText('context window of gpt-3.5-turbo');
  });
});

test.describe('a relay without the rest of the API', () => {
  test('token counting, opening and cancelling say so clearly; the answer stays', async ({
    playground,
    relay,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    const { base } = own(relay.origin, 'no-background');
    await playground.open();
    await playground.useBaseUrl(base);
    await playground.setRequest(BACKGROUND);
    await api.countTokens.click();
    await expect(playground.alert()).toContainText('This endpoint cannot count tokens');
    await expect(playground.alert()).toContainText('404 page not found');

    await playground.send();
    await expect(answer(playground)).toContainText('Paragraph 1');
    await playground.stopButton.click();
    await playground.expectStatus('cancelled');
    await expect(api.notices).toContainText('this endpoint has no POST /v1/responses/{id}/cancel');
    await expect(answer(playground)).toContainText('Paragraph 1');

    const id = await shownResponseId(playground);
    await api.open(id);
    await expect(
      page.getByRole('alert').filter({ hasText: 'cannot retrieve responses by id' }),
    ).toBeVisible();
    await expect(answer(playground)).toContainText('Paragraph 1');
  });
});

test.describe('on the demo backend', () => {
  test('conversation mode: creates a conversation, sends conversation, lists its items, shows it in History', async ({
    playground,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    const thread = new ThreadPage(page);
    const history = new HistoryPage(page);
    const sent = recordBodies(page);
    const conversations: string[] = [];
    page.on('request', (r) => {
      // The API path only: the app's own lazy chunk is named conversations-….js too.
      if (r.url().includes('/v1/conversations'))
        conversations.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await playground.open();
    await thread.chainingMode.selectOption('conversation');
    await playground.setRequest(TEXT_REQUEST);
    await sendAndWait(playground, () => playground.send());
    await followUp(thread, playground, sent, 'Turn two: and their lengths?');

    expect(conversations[0]).toMatch(/^POST \/demo\/v1\/conversations$/);
    const last = sent.at(-1)!;
    expect(last.conversation).toMatch(/^conv_/);
    expect(last.previous_response_id).toBeUndefined();
    expect(last.input).toBe('Turn two: and their lengths?');
    await expect(answer(playground)).toContainText('turn 2');

    await expect(api.conversation).toContainText(String(last.conversation));
    const items = api.conversation.getByRole('list');
    await expect(items.getByRole('listitem')).toHaveCount(4);
    await expect(items).toContainText('Turn one: name three rivers.');
    await expect(items).toContainText('Turn two: and their lengths?');
    await expect(history.rows().first()).toContainText('conversation');
  });

  test('compaction: the thread is compacted and the next follow-up continues from the compacted items', async ({
    playground,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    const thread = new ThreadPage(page);
    const history = new HistoryPage(page);
    const sent = recordBodies(page);
    await playground.open();
    await playground.setRequest(TEXT_REQUEST);
    await sendAndWait(playground, () => playground.send());
    await followUp(thread, playground, sent, 'Turn two: and their lengths?');

    await api.compactThread.click();
    await expect(page.getByRole('status').filter({ hasText: 'Compacted into 3 items' })).toBeVisible();
    await expect(history.rows().first()).toContainText('compacted');

    await followUp(thread, playground, sent, 'Turn three: which is longest?');
    const body = sent.at(-1)!;
    expect(body.previous_response_id).toBeUndefined();
    const input = body.input as { type?: string; role?: string }[];
    // The compacted items (two user messages and the compaction item), then the new message.
    expect(input.map((item) => item.type ?? item.role)).toEqual(['message', 'message', 'compaction', 'user']);
    await expect(answer(playground)).toContainText('turn 3');
  });

  test('History deletes a response on the server, and says when the server no longer has it', async ({
    playground,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    const history = new HistoryPage(page);
    await playground.open();
    await playground.setRequest(TEXT_REQUEST);
    const id = await sendAndWait(playground, () => playground.send());
    await history.select(id);
    const server = history.region.getByRole('group', { name: 'On the server' });
    await server.getByRole('button', { name: 'Check on server' }).click();
    await expect(server).toContainText('The server has this response (status completed).');
    await server.getByRole('button', { name: 'Delete on server' }).click();
    await expect(server).toContainText('Deleted on the server.');
    await expect(history.entry(id)).toContainText('deleted on server');

    // Opening it again: the server says it has none.
    await api.open(id);
    await expect(playground.alert()).toContainText(`The server has no response ${id}`);
    await playground.page.reload();
    await expect(history.entry(id)).toContainText('not on server');
  });

  test('a background stream that breaks (demo-cut) is resumed with no network at all', async ({
    playground,
    page,
  }) => {
    const api = new ResponsesApiPage(page);
    await playground.open();
    await playground.setRequest({
      model: 'demo-cut',
      input: 'Resume me',
      stream: true,
      background: true,
      metadata: { demo_pace_ms: '0' },
    });
    await playground.send();
    await playground.expectStatus('completed');
    await expect(playground.alert()).toHaveCount(0);
    await expect(api.notices).toContainText('stream resumed after sequence_number 11');
    await expect(answer(playground)).toContainText('Resume me');
  });
});

test.describe('zh-CN', () => {
  test.use({ locale: 'zh-CN' });

  test('a resumed stream’s notice is worded in Chinese', async ({ page }) => {
    await page.goto('./');
    await setRequestText(
      page,
      JSON.stringify({
        model: 'demo-cut',
        input: 'Resume me',
        stream: true,
        background: true,
        metadata: { demo_pace_ms: '0' },
      }),
    );
    await page.getByRole('button', { name: '发送', exact: true }).click();
    const output = page.getByRole('region', { name: '输出' });
    await expect(output.getByRole('status')).toContainText('已完成', { timeout: 30_000 });
    const notices = output.getByRole('list', { name: '提示' });
    await expect(notices).toContainText('流已从 sequence_number 11 之后续传');
    await expect(notices).not.toContainText('stream resumed');
  });
});
