import { expect, type Locator, type Page } from '@playwright/test';

/** The History pane: the list (newest first), the tree and thread views, and the selected entry. */
export class HistoryPage {
  readonly region: Locator;
  readonly list: Locator;
  readonly tree: Locator;
  readonly thread: Locator;
  readonly details: Locator;
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'History' });
    this.list = this.region.getByRole('list', { name: 'History entries' });
    this.tree = this.region.getByRole('list', { name: 'History tree' });
    this.thread = this.region.getByRole('list', { name: 'Thread' });
    this.details = this.region.getByRole('group', { name: 'Selected entry' });
    this.message = this.region.getByRole('status', { name: 'History message' });
  }

  /** The entry rows of the list view, newest first. */
  rows(): Locator {
    return this.list.getByRole('button');
  }

  /** The response ids shown in the list, newest first (entries without one read "(no response id)"). */
  async responseIds(): Promise<string[]> {
    const texts = await this.rows().allTextContents();
    return texts.map((t) => /resp_\S+|\(no response id\)/.exec(t)?.[0] ?? '');
  }

  /** The row of a response (its name starts with the id; later text may quote other ids). */
  entry(responseId: string): Locator {
    const escaped = responseId.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.list.getByRole('button', { name: new RegExp(`^${escaped}(\\s|$)`) });
  }

  async select(responseId: string): Promise<void> {
    await this.entry(responseId).click();
    await expect(this.entry(responseId)).toHaveAttribute('aria-pressed', 'true');
  }

  async view(name: 'List' | 'Tree' | 'Thread'): Promise<void> {
    await this.region.getByRole('tab', { name, exact: true }).click();
  }
}
