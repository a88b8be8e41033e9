import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { PlaygroundPage } from './pages/playground-page';
import { ThreadPage } from './pages/thread-page';
import { sendAndWait, TEXT_REQUEST } from './pages/turns';

test('rename, delete a branch, export, clear and import the history', async ({ playground, page }) => {
  const thread = new ThreadPage(page);
  const history = new HistoryPage(page);
  await playground.open();
  await playground.setRequest(TEXT_REQUEST);
  const id1 = await sendAndWait(playground, () => playground.send());
  const id2 = await sendAndWait(playground, () => thread.sendFollowUpMessage('Second'));
  const id3 = await sendAndWait(playground, () => playground.send());

  await history.select(id1);
  await history.details.getByRole('button', { name: 'Rename' }).click();
  await history.details.getByRole('textbox', { name: 'Entry name' }).fill('Rivers');
  await history.details.getByRole('button', { name: 'Save name' }).click();
  await expect(history.entry(id1)).toContainText('Rivers');
  await expect(history.details).toContainText(playground.page.url().replace(/\/[^/]*$/, '/demo/v1'));

  const download = page.waitForEvent('download');
  await history.region.getByRole('button', { name: 'Export history' }).click();
  const file = await (await download).path();
  const exported = readFileSync(file, 'utf8');
  expect(exported).toContain(id1);
  expect(exported).toContain('"requestText"');
  expect(exported).not.toMatch(/authorization|bearer|apiKey/i);

  // Deleting the first turn takes its reply with it.
  await history.details.getByRole('button', { name: 'Delete' }).click();
  await history.details.getByRole('button', { name: 'Delete it and 1 reply' }).click();
  await expect.poll(() => history.responseIds()).toEqual([id3]);

  await history.region.getByRole('button', { name: 'Clear history' }).click();
  await history.region.getByRole('button', { name: 'Delete all 1 entries' }).click();
  await expect(history.region).toContainText('Responses you send are kept here');

  await history.region.getByLabel('Import history').setInputFiles(file);
  await expect(history.message).toContainText('Imported 3 entries');
  await expect.poll(() => history.responseIds()).toEqual([id3, id2, id1]);
  await page.reload();
  await expect.poll(() => history.responseIds()).toEqual([id3, id2, id1]);
  await expect(history.entry(id1)).toContainText('Rivers');
});

test('two tabs record side by side without overwriting each other', async ({ playground, page, context }) => {
  const other = await context.newPage();
  const second = new PlaygroundPage(other);
  await playground.open();
  await second.open();
  await playground.setRequest({ ...TEXT_REQUEST, input: 'From tab one' });
  await second.setRequest({ ...TEXT_REQUEST, input: 'From tab two' });
  const [a, b] = await Promise.all([
    sendAndWait(playground, () => playground.send()),
    sendAndWait(second, () => second.send()),
  ]);
  // Each tab sees the other's entry live, and storage holds both.
  for (const tab of [page, other]) await expect.poll(() => new HistoryPage(tab).responseIds()).toContain(a);
  for (const tab of [page, other]) await expect.poll(() => new HistoryPage(tab).responseIds()).toContain(b);
  await other.close();
  await page.reload();
  await expect.poll(async () => (await new HistoryPage(page).responseIds()).sort()).toEqual([a, b].sort());
});

test('a full storage quota is reported, the history stays in memory, and an export is offered', async ({
  playground,
  page,
  context,
}) => {
  const history = new HistoryPage(page);
  await playground.open();
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  const setQuota = (quotaSize?: number) => cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
  // No room at all. Not "a quota smaller than a long answer": Chromium compresses big values before
  // it counts them, so a long but repetitive answer can fit a small quota, and whether the alert
  // showed then depended on how many checkpoints the stream wrote before its final (compressed) save.
  await setQuota(1);
  try {
    await playground.setRequest(TEXT_REQUEST);
    const id = await sendAndWait(playground, () => playground.send());
    const alert = history.region.getByRole('alert');
    await expect(alert).toContainText('Browser storage is full');
    await expect(alert).toContainText('kept in this tab only');
    await expect.poll(() => history.responseIds()).toEqual([id]);
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: 'Export history now' }).click();
    expect(readFileSync(await (await download).path(), 'utf8')).toContain(id);

    // Room again: the kept change is written, and a reload finds it.
    await setQuota();
    await alert.getByRole('button', { name: 'Try saving again' }).click();
    await expect(history.region.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await expect.poll(() => history.responseIds()).toEqual([id]);
    await history.select(id);
    await expect(playground.output.getByRole('article', { name: 'Assistant message' })).toContainText(
      'Turn one',
    );
  } finally {
    await setQuota();
  }
});
