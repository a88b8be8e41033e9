import { expect, type Locator, type Page } from '@playwright/test';

type StatusWord = 'streaming' | 'completed' | 'incomplete' | 'failed' | 'cancelled';

/** One Compare column: region `Column N` with its own fields, status and output. */
export class CompareColumn {
  readonly baseUrl: Locator;
  readonly apiKey: Locator;
  readonly model: Locator;
  readonly overrides: Locator;
  readonly status: Locator;
  readonly stop: Locator;

  constructor(readonly region: Locator) {
    this.baseUrl = region.getByRole('textbox', { name: 'Base URL' });
    this.apiKey = region.getByLabel('API key', { exact: true });
    this.model = region.getByRole('textbox', { name: 'Model' });
    this.overrides = region.getByRole('textbox', { name: 'Parameter overrides' });
    this.status = region.getByRole('status');
    this.stop = region.getByRole('button', { name: 'Stop' });
  }

  /** Points the column at a typed base URL, with its key and model. */
  async set(settings: {
    baseUrl: string;
    apiKey?: string;
    model?: string;
    overrides?: string;
  }): Promise<void> {
    await this.baseUrl.fill(settings.baseUrl);
    await this.apiKey.fill(settings.apiKey ?? '');
    await this.model.fill(settings.model ?? '');
    if (settings.overrides !== undefined) await this.overrides.fill(settings.overrides);
  }

  async expectStatus(word: StatusWord): Promise<void> {
    await expect(this.status).toContainText(word, { timeout: 30_000 });
  }

  alert(): Locator {
    return this.region.getByRole('alert');
  }
}

/** Compare mode: button Compare, region Compare with its columns, Send all and the results. */
export class ComparePage {
  readonly openButton: Locator;
  readonly region: Locator;
  readonly sendAllButton: Locator;
  readonly stopAllButton: Locator;
  readonly addColumnButton: Locator;
  readonly runs: Locator;
  readonly figures: Locator;
  readonly toolCalls: Locator;

  constructor(readonly page: Page) {
    this.openButton = page.getByRole('button', { name: 'Compare', exact: true });
    this.region = page.getByRole('region', { name: 'Compare', exact: true });
    this.sendAllButton = this.region.getByRole('button', { name: 'Send all' });
    this.stopAllButton = this.region.getByRole('button', { name: 'Stop all' });
    this.addColumnButton = this.region.getByRole('button', { name: 'Add column' });
    this.runs = this.region.getByRole('spinbutton', { name: 'Runs per column' });
    this.figures = this.region.getByRole('table', { name: 'Comparison figures' });
    this.toolCalls = this.region.getByRole('table', { name: 'Tool calls side by side' });
  }

  async open(): Promise<void> {
    await this.openButton.click();
    await expect(this.region).toBeVisible();
  }

  column(n: number): CompareColumn {
    return new CompareColumn(this.region.getByRole('region', { name: `Column ${n}`, exact: true }));
  }

  columns(): Locator {
    return this.region.getByRole('region', { name: /^Column \d$/ });
  }

  async sendAll(): Promise<void> {
    await this.sendAllButton.click();
  }

  /** The text of a figures row (its label and one cell per column). */
  figureRow(label: string): Locator {
    return this.figures.getByRole('row', { name: new RegExp(`^${label}`) });
  }
}
