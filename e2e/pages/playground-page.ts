import { expect, type Locator, type Page } from '@playwright/test';
import { getRequestText, setRequestText } from './request-editor-page';

/** The playground as a user sees it: named controls only, no raw selectors in specs. */
export class PlaygroundPage {
  readonly baseUrl: Locator;
  readonly apiKey: Locator;
  readonly rememberKeys: Locator;
  readonly sendButton: Locator;
  readonly stopButton: Locator;
  readonly output: Locator;
  readonly status: Locator;
  readonly streamToggle: Locator;

  constructor(readonly page: Page) {
    this.baseUrl = page.getByRole('textbox', { name: 'Base URL' });
    this.apiKey = page.getByLabel('API key', { exact: true });
    this.rememberKeys = page.getByRole('checkbox', { name: /remember api keys/i });
    this.sendButton = page.getByRole('button', { name: 'Send', exact: true });
    this.stopButton = page.getByRole('button', { name: 'Stop', exact: true });
    this.output = page.getByRole('region', { name: 'Output', exact: true });
    this.status = this.output.getByRole('status');
    this.streamToggle = page.getByRole('checkbox', { name: 'Stream', exact: true });
  }

  async open(hash = ''): Promise<void> {
    // Relative: the app may live under a sub-path (the static-host project).
    await this.page.goto(`./${hash}`);
    await expect(this.page.getByRole('textbox', { name: 'Request JSON' })).toBeVisible();
  }

  async useBaseUrl(url: string): Promise<void> {
    await this.baseUrl.fill(url);
  }

  async setRequest(body: unknown): Promise<void> {
    await setRequestText(this.page, typeof body === 'string' ? body : JSON.stringify(body, null, 2));
  }

  requestText(): Promise<string> {
    return getRequestText(this.page);
  }

  async send(): Promise<void> {
    await this.sendButton.click();
  }

  async expectStatus(word: 'streaming' | 'completed' | 'incomplete' | 'failed' | 'cancelled'): Promise<void> {
    // The demo backend is paced like a real model: a full answer takes several seconds.
    await expect(this.status).toContainText(word, { timeout: 30_000 });
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }

  functionCall(name: string): Locator {
    return this.output.getByRole('article', { name: `Function call ${name}` });
  }
}
