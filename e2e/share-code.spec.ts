import { readFileSync } from 'node:fs';
import { encodeDeepLink } from '../src/core/presets/deep-link';
import { decodeShareHash, encodeShareHash } from '../src/core/presets/share-link';
import { expect, test, type Page } from './fixtures';
import { ConnectionPage } from './pages/connection-page';
import { PlaygroundPage } from './pages/playground-page';
import { SharingPage } from './pages/sharing-page';

const SEED_CURL = readFileSync(
  new URL('../src/core/codegen/fixtures/seed-curl-2.sh', import.meta.url),
  'utf8',
);
const SEED = JSON.parse(
  readFileSync(new URL('./data/seed-parallel-tools.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;
const KEY = 'sk-e2e-secret-never-shared-0123456789';

/** Fails the test if a page of this context reaches another host (fresh contexts have no fixture guard). */
function guardOffline(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (/^https?:$/.test(url.protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname))
      foreign.push(url.href);
  });
  return foreign;
}

test('Share: a fresh browser opens the link, shows it unsent, and sends exactly the same body', async ({
  playground,
  page,
  relay,
  browser,
  baseURL,
}) => {
  const scenario = `relay/share-${Date.now()}`;
  const base = relay.baseUrl(scenario);
  // Unusual formatting and unicode: "exactly the same body" means byte for byte.
  const text = `${JSON.stringify({ ...SEED, stream: true, note: 'é 你好 👋 "q" \\ $HOME' }, null, 4)}\n`;
  await playground.open();
  await playground.useBaseUrl(base);
  await playground.apiKey.fill(KEY);
  await playground.setRequest(text);

  const sharing = new SharingPage(page);
  await sharing.share.click();
  await expect(sharing.dialog('Share request')).toBeVisible();
  await sharing.includeBaseUrl.check();
  await expect(sharing.shareLink).toHaveValue(/#share=[A-Za-z0-9_-]+$/);
  const link = await sharing.shareLink.inputValue();
  const decoded = await decodeShareHash(new URL(link).hash);
  expect(decoded).toEqual({ ok: true, value: { requestText: text, baseUrl: base } });
  expect(JSON.stringify(decoded)).not.toContain(KEY);
  await page.keyboard.press('Escape');
  await expect(sharing.dialog('Share request')).toBeHidden();
  await expect(sharing.share).toBeFocused();

  const context = await browser.newContext({ baseURL });
  const fresh = new PlaygroundPage(await context.newPage());
  const foreign = guardOffline(fresh.page);
  await fresh.page.goto(link);
  await expect.poll(() => fresh.requestText()).toBe(text);
  await expect(fresh.baseUrl).toHaveValue(base);
  await expect(fresh.apiKey).toHaveValue('');
  const notice = fresh.page.getByRole('region', { name: 'Request replaced' });
  await expect(notice).toContainText('Opened a shared link');
  await expect(notice).toContainText('4 tools: random_generator, system_info, math_calculator, current_time');
  await expect(notice).toContainText('Nothing has been sent');
  expect(await relay.requests(scenario)).toEqual([]); // opening sent nothing

  await fresh.send();
  await fresh.expectStatus('completed');
  const sent = await relay.requests(scenario);
  expect(sent).toHaveLength(1);
  expect(sent[0]?.body).toBe(text);
  expect(sent[0]?.headers.authorization).toBeUndefined();
  expect(foreign).toEqual([]);
  await context.close();
});

test('a broken or hostile share link is refused with an alert and changes nothing', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.setRequest({ model: 'keep-me', input: 'unchanged' });
  const before = await playground.requestText();
  const baseBefore = await playground.baseUrl.inputValue();
  for (const hash of ['#share=!!!', '#share=AAAAAAAAAAAA', '#share=' + 'A'.repeat(64)]) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expect(playground.alert().filter({ hasText: /share link/i })).toBeVisible();
    expect(await playground.requestText()).toBe(before);
    await expect(playground.baseUrl).toHaveValue(baseBefore);
  }
});

test('hostile links: a 100 000-level request gives an alert and changes nothing; a base URL with quotes arrives percent-encoded, in Base URL and in Code', async ({
  playground,
  page,
  relay,
}) => {
  await playground.open();
  await playground.setRequest({ model: 'keep-me', input: 'unchanged' });
  const before = await playground.requestText();
  const deep = `{"model":"m","input":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
  for (const hash of [encodeDeepLink(deep), await encodeShareHash({ requestText: deep })]) {
    await page.evaluate((h) => {
      window.location.hash = h;
    }, hash);
    await expect(playground.alert().filter({ hasText: /levels deep/ })).toBeVisible();
    expect(await playground.requestText()).toBe(before);
  }

  // A base URL that would break out of a single-quoted string (PHP, PowerShell) if pasted raw.
  const hostile = `${relay.origin}/a'.touch('pwned').'$(id)/v1`;
  const canonical = `${relay.origin}/a%27.touch%28%27pwned%27%29.%27%24%28id%29/v1`;
  await page.evaluate(
    (h) => {
      window.location.hash = h;
    },
    encodeDeepLink('{"model":"m","input":"hi"}', hostile),
  );
  await expect(playground.baseUrl).toHaveValue(canonical);
  const sharing = new SharingPage(page);
  await sharing.code.click();
  const dialog = sharing.dialog('Code');
  await dialog.getByRole('tab', { name: 'Other languages', exact: true }).click();
  for (const language of ['PHP (Guzzle)', 'PowerShell', 'C#']) {
    await dialog.getByRole('combobox').selectOption({ label: language });
    const code = dialog.getByLabel(/ code$/);
    await expect(code).toContainText(canonical);
    await expect(code).not.toContainText("'.touch(");
  }
  await page.keyboard.press('Escape');
});

test('Code shows curl, JavaScript, Python and more with the base URL, never the key', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.apiKey.fill(KEY);
  await playground.setRequest({ ...SEED, stream: true });
  const sharing = new SharingPage(page);
  await sharing.code.click();
  const dialog = sharing.dialog('Code');
  await expect(dialog).toBeVisible();
  const origin = new URL(page.url()).origin;

  const seen: string[] = [];
  for (const tab of ['curl', 'JavaScript', 'Python', 'Other languages']) {
    await dialog.getByRole('tab', { name: tab, exact: true }).click();
    const select = dialog.getByRole('combobox');
    const options = (await select.count()) > 0 ? await select.locator('option').allTextContents() : [''];
    for (const option of options) {
      if (option) await select.selectOption({ label: option });
      const code = dialog.getByLabel(/ code$/);
      await expect(code).toContainText('OPENAI_API_KEY');
      await expect(code).toContainText(`${origin}/demo/v1`);
      await expect(code).toContainText('random_generator');
      expect(await dialog.textContent()).not.toContain(KEY);
      seen.push(option || tab);
    }
  }
  expect(seen).toEqual(
    expect.arrayContaining([
      'curl',
      'JavaScript (fetch)',
      'JavaScript (openai SDK)',
      'Python (requests)',
      'Python (openai SDK)',
      'Go',
      'Java',
      'PHP (Guzzle)',
      'C#',
      'Ruby',
      'Swift',
    ]),
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sharing.code).toBeFocused();
});

test('Code offers the openai SDK first, for JavaScript and Python, with the base URL set and the key from the environment', async ({
  playground,
  page,
}) => {
  await playground.open();
  await playground.apiKey.fill(KEY);
  await playground.setRequest({ model: 'gpt-4.1', input: 'hi', stream: true });
  const sharing = new SharingPage(page);
  await sharing.code.click();
  const dialog = sharing.dialog('Code');
  const base = `${new URL(page.url()).origin}/demo/v1`;

  await dialog.getByRole('tab', { name: 'JavaScript', exact: true }).click();
  await expect(dialog.getByRole('combobox')).toHaveValue('js-openai');
  const js = dialog.getByLabel('JavaScript (openai SDK) code');
  await expect(js).toContainText("import OpenAI from 'openai';");
  await expect(js).toContainText(`baseURL: "${base}"`);
  await expect(js).toContainText('apiKey: process.env.OPENAI_API_KEY');
  await expect(js).toContainText('client.responses.create(');
  await expect(js).toContainText('for await (const event of response)');

  await dialog.getByRole('tab', { name: 'Python', exact: true }).click();
  const py = dialog.getByLabel('Python (openai SDK) code');
  await expect(py).toContainText('from openai import OpenAI');
  await expect(py).toContainText(`base_url="${base}"`);
  await expect(py).toContainText('api_key=os.environ["OPENAI_API_KEY"]');
  await expect(py).toContainText('client.responses.create(');
  expect(await dialog.textContent()).not.toContain(KEY);

  // The raw-HTTP clients stay beside them.
  await dialog.getByRole('combobox').selectOption({ label: 'Python (requests)' });
  await expect(dialog.getByLabel('Python (requests) code')).toContainText('requests.post(');
});

test('importing the relay docs’ curl command fills the editor, Base URL and key, and sends that body', async ({
  playground,
  page,
  relay,
}) => {
  await playground.open();
  const sharing = new SharingPage(page);

  // As printed in the docs: a placeholder key and the relay's own host. Nothing is sent on import.
  await sharing.importCurl(SEED_CURL);
  await expect.poll(async () => JSON.parse(await playground.requestText()) as unknown).toEqual(SEED);
  await expect(playground.baseUrl).toHaveValue('https://az.gptplus5.com/v1');
  await expect(playground.apiKey).toHaveValue('');
  await expect(page.getByRole('region', { name: 'Request replaced' })).toContainText(/placeholder/);

  // The same command pointed at the local relay with a real-looking key: the key lands in API key.
  const scenario = `relay/curl-${Date.now()}`;
  await sharing.importCurl(
    SEED_CURL.replace('https://az.gptplus5.com/v1/responses', `${relay.baseUrl(scenario)}/responses`).replace(
      '<token>',
      'sk-from-curl-42',
    ),
  );
  await expect(playground.baseUrl).toHaveValue(relay.baseUrl(scenario));
  await expect(playground.apiKey).toHaveValue('sk-from-curl-42');
  const imported = await playground.requestText();
  await playground.send();
  await playground.expectStatus('completed');
  const sent = (await relay.requests(scenario)).at(-1);
  expect(sent?.body).toBe(imported);
  expect(sent?.headers.authorization).toBe('Bearer sk-from-curl-42');
});

test('curl import lands on the profile of its URL, merges its headers there, and Undo restores everything', async ({
  playground,
  page,
  relay,
}) => {
  const connection = new ConnectionPage(page);
  const sharing = new SharingPage(page);
  const base = relay.baseUrl(`relay/curl-undo-${Date.now()}`);
  const header = (i: number) =>
    [
      page.getByRole('textbox', { name: `Header name ${i}` }),
      page.getByRole('textbox', { name: `Header value ${i}` }),
    ] as const;
  await playground.open();
  // Profile "Relay A" on the curl command's base URL, with its own header and key…
  await playground.useBaseUrl(base);
  await playground.apiKey.fill('sk-relay-a-original');
  await connection.openSettings();
  await connection.profileName.fill('Relay A');
  await page.getByRole('button', { name: 'Add header' }).click();
  await header(1)[0].fill('x-team');
  await header(1)[1].fill('blue');
  // …and the active profile "Other" elsewhere.
  await connection.newProfile.click();
  await playground.useBaseUrl(relay.baseUrl('other'));
  await connection.profileName.fill('Other');
  await playground.setRequest({ model: 'before', input: 'keep me' });
  const before = await playground.requestText();

  await sharing.importCurl(
    `curl ${base}/responses -H 'Authorization: Bearer sk-from-curl-7' -H 'x-region: eu' -d '{"model":"m","input":"hi"}'`,
  );
  await expect(connection.profile.locator('option:checked')).toHaveText('Relay A');
  await expect(playground.apiKey).toHaveValue('sk-from-curl-7');
  await connection.openSettings();
  await expect(header(1)[0]).toHaveValue('x-team');
  await expect(header(2)[0]).toHaveValue('x-region');
  await expect(header(2)[1]).toHaveValue('eu');

  await page.getByRole('region', { name: 'Request replaced' }).getByRole('button', { name: 'Undo' }).click();
  await expect(connection.profile.locator('option:checked')).toHaveText('Other');
  expect(await playground.requestText()).toBe(before);
  await connection.switchTo('Relay A');
  await expect(playground.apiKey).toHaveValue('sk-relay-a-original');
  await connection.openSettings();
  await expect(header(1)[1]).toHaveValue('blue');
  await expect(header(2)[0]).toHaveCount(0);
});

test('presets: load a built-in one, save, rename, duplicate, export, import and delete', async ({
  playground,
  page,
}) => {
  await playground.open();
  const sharing = new SharingPage(page);
  await sharing.presets.click();
  const dialog = sharing.dialog('Presets');
  await dialog.getByRole('button', { name: 'Load Structured output (JSON Schema)' }).click();
  await expect(dialog).toBeHidden();
  await expect(sharing.presets).toBeFocused();
  expect(await playground.requestText()).toContain('"json_schema"');

  await sharing.presets.click();
  await dialog.getByRole('tab', { name: 'My presets' }).click();
  await dialog.getByRole('textbox', { name: 'Preset name' }).fill('Schema test');
  await dialog.getByRole('button', { name: 'Save current request' }).click();
  const mine = dialog.getByRole('list', { name: 'My presets' });
  await expect(mine.getByRole('listitem')).toHaveCount(1);
  await dialog
    .getByRole('group', { name: 'Actions for Schema test', exact: true })
    .getByRole('button', { name: 'Rename' })
    .click();
  await dialog.getByRole('textbox', { name: 'New name for Schema test' }).fill('Renamed');
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await dialog
    .getByRole('group', { name: 'Actions for Renamed', exact: true })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(mine.getByRole('listitem')).toHaveCount(2);
  await expect(mine).toContainText('Renamed (copy)');

  await dialog.getByRole('tab', { name: 'Import / export' }).click();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export all presets' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as {
    format: string;
    version: number;
    presets: { name: string }[];
  };
  expect(exported).toMatchObject({ format: 'responses-playground.presets', version: 1 });
  expect(exported.presets.map((p) => p.name)).toEqual(['Renamed', 'Renamed (copy)']);

  await dialog.getByLabel('Import presets file').setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"presets":[{"name":""}]}'),
  });
  await expect(dialog.getByRole('alert')).toContainText('Nothing was imported from broken.json');
  await dialog.getByLabel('Import presets file').setInputFiles(file);
  await expect(dialog).toContainText('Imported 2 presets');

  await dialog.getByRole('tab', { name: 'My presets' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(4);
  await dialog
    .getByRole('group', { name: 'Actions for Renamed (copy)', exact: true })
    .getByRole('button', { name: 'Delete' })
    .click();
  await dialog.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(3);
  await page.reload();
  await sharing.presets.click();
  await dialog.getByRole('tab', { name: 'My presets' }).click();
  await expect(mine.getByRole('listitem')).toHaveCount(3); // kept across reloads
});
