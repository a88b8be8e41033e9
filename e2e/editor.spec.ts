import { expect, test } from './fixtures';
import {
  focusRequestEditor,
  getRequestMarkers,
  getRequestText,
  requestEditorInput,
} from './pages/request-editor-page';

/** A strict function whose schema OpenAI rejects: no additionalProperties: false (S03). */
const strictTool = (extra: object = {}) => ({
  type: 'function',
  name: 'get_weather',
  description: 'Weather',
  strict: true,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'], ...extra },
});
const request = (tool: object) => ({ model: 'gpt-4.1', input: 'Weather in Paris?', tools: [tool] });

test('Format pretty-prints Request JSON, one undo restores it, and it explains why it is off on invalid JSON', async ({
  playground,
}) => {
  const page = playground.page;
  await playground.open();
  const compact = '{"model":"gpt-4.1","input":[{"role":"user","content":"hi"}],"temperature":1.0}';
  await playground.setRequest(compact);
  const format = page.getByRole('button', { name: 'Format', exact: true });
  await format.click();
  await expect
    .poll(() => getRequestText(page))
    .toBe(
      '{\n  "model": "gpt-4.1",\n  "input": [\n    {\n      "role": "user",\n      "content": "hi"\n    }\n  ],\n  "temperature": 1.0\n}',
    );
  await focusRequestEditor(page);
  await page.keyboard.press('ControlOrMeta+z');
  await expect.poll(() => getRequestText(page)).toBe(compact);

  await playground.setRequest('{"model": "gpt-4.1",');
  await expect(format).toBeDisabled();
  await expect(format).toHaveAccessibleDescription('Fix the JSON to format it.');
});

test('strict-mode findings are markers at their place in the editor, and go when fixed', async ({
  playground,
}) => {
  const page = playground.page;
  await playground.open();
  await playground.setRequest(request(strictTool()));
  const toolsCheck = async () => (await getRequestMarkers(page)).filter((m) => m.owner === 'tools-check');
  await expect
    .poll(async () => (await toolsCheck()).filter((m) => m.severity === 'error').map((m) => m.code))
    .toEqual(['S03']);
  const [marker] = await toolsCheck();
  // The "parameters" key's line in the pretty-printed request.
  const lines = (await getRequestText(page)).split('\n');
  expect(lines[(marker?.line ?? 0) - 1]).toContain('"parameters"');
  expect(marker?.message).toContain('additionalProperties');

  await playground.setRequest(request(strictTool({ additionalProperties: false })));
  await expect.poll(async () => (await toolsCheck()).filter((m) => m.severity === 'error')).toEqual([]);
});

test('Send with strict-mode errors asks once: Fix goes to the error, Send anyway sends, the same errors are not asked again', async ({
  playground,
  relay,
}) => {
  const page = playground.page;
  await playground.open();
  const baseUrl = relay.baseUrl('relay/strict-ask');
  await playground.useBaseUrl(baseUrl);
  await playground.setRequest(request(strictTool()));
  const dialog = page.getByRole('dialog', { name: 'Send with strict-mode errors?' });

  await playground.send();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'Errors' })).toContainText('S03');
  await dialog.getByRole('button', { name: 'Fix', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(requestEditorInput(page)).toBeFocused();
  expect(await relay.requests('relay/strict-ask')).toHaveLength(0);

  // Ctrl/Cmd+Enter takes the same path.
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Send anyway' }).click();
  await expect(dialog).toBeHidden();
  await playground.expectStatus('completed');
  await expect.poll(async () => (await relay.requests('relay/strict-ask')).length).toBe(1);

  // The same errors: sent without asking.
  await playground.send();
  await expect.poll(async () => (await relay.requests('relay/strict-ask')).length).toBe(2);
  await expect(dialog).toBeHidden();

  // Different errors: asked again.
  await playground.setRequest(request({ ...strictTool(), name: 'bad name' }));
  await playground.send();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await relay.requests('relay/strict-ask')).toHaveLength(2);
});

test('the editor says how to leave it by keyboard, and Esc then Tab does', async ({ playground }) => {
  const page = playground.page;
  await playground.open();
  await expect(page.getByTestId('editor-keyboard-hint')).toContainText('Esc then Tab');
  await playground.setRequest('{\n  "model": "gpt-4.1"\n}');
  await focusRequestEditor(page);
  const input = requestEditorInput(page);
  await page.keyboard.press('Tab'); // indents: focus stays
  await expect(input).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(input).not.toBeFocused();
  await expect(page.locator(':focus')).toHaveCount(1);
});

test('in 简体中文: the editor, Format and Send’s question speak Chinese', async ({ playground, relay }) => {
  const page = playground.page;
  await page.addInitScript(() => localStorage.setItem('rp.language', 'zh-CN'));
  await page.goto('./');
  const input = page.getByRole('textbox', { name: '请求 JSON' });
  await expect(input).toBeVisible();
  await expect(page.getByRole('button', { name: '格式化' })).toBeVisible();
  await playground.useBaseUrl(relay.baseUrl('relay/strict-zh'));
  await playground.setRequest(request(strictTool()));
  await page.keyboard.press('ControlOrMeta+Enter');
  const dialog = page.getByRole('dialog', { name: '存在严格模式错误，仍要发送吗？' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '去修正' }).click();
  await expect(input).toBeFocused();
  await playground.setRequest('{"model": True}');
  await expect(page.locator('#request-json-error')).toContainText('JSON 字面量是小写的');
});
