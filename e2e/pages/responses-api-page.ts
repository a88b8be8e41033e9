import { expect, type Locator, type Page } from '@playwright/test';

/** The rest of the Responses API as a user reaches it: open by id, token counts, conversations, compaction. */
export class ResponsesApiPage {
  readonly responseId: Locator;
  readonly openResponse: Locator;
  readonly countTokens: Locator;
  readonly inputItems: Locator;
  readonly conversation: Locator;
  readonly compactThread: Locator;
  readonly eventsTab: Locator;
  readonly rawEvents: Locator;
  readonly notices: Locator;

  constructor(readonly page: Page) {
    this.responseId = page.getByRole('textbox', { name: 'Response ID' });
    this.openResponse = page.getByRole('button', { name: 'Open response' });
    this.countTokens = page.getByRole('button', { name: 'Count tokens' });
    const output = page.getByRole('region', { name: 'Output' });
    this.inputItems = output.getByRole('region', { name: 'Input items' });
    this.conversation = page.getByRole('region', { name: 'Conversation', exact: true });
    this.compactThread = page.getByRole('button', { name: 'Compact thread' });
    this.eventsTab = output.getByRole('tab', { name: /^Events/ });
    this.rawEvents = output.getByRole('list', { name: 'Raw events' });
    this.notices = output.getByRole('list', { name: 'Notices' });
  }

  async open(id: string): Promise<void> {
    await this.responseId.fill(id);
    await this.openResponse.click();
  }

  /** The token count shown beside the request, as a number. */
  async tokenCount(): Promise<number> {
    const shown = this.page.getByText(/^Input tokens: \d+/);
    await expect(shown).toBeVisible();
    return Number(/(\d+)/.exec((await shown.textContent()) ?? '')?.[1]);
  }

  async showEvents(): Promise<void> {
    await this.eventsTab.click();
    await expect(this.rawEvents).toBeVisible();
  }
}
