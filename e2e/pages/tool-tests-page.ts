import { expect, type Locator, type Page } from '@playwright/test';

/** The Tool tests region, by the names the UI contract promises. */
export class ToolTestsPage {
  readonly region: Locator;
  readonly addTest: Locator;
  readonly runTests: Locator;
  readonly stopTests: Locator;
  readonly runs: Locator;
  readonly results: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Tool tests' });
    this.addTest = this.region.getByRole('button', { name: 'Add test' });
    this.runTests = this.region.getByRole('button', { name: 'Run tests' });
    this.stopTests = this.region.getByRole('button', { name: 'Stop tests' });
    this.runs = this.region.getByRole('spinbutton', { name: 'Runs per test' });
    this.results = this.region.getByRole('table', { name: 'Test results' });
    this.status = this.region.locator('p[aria-live="polite"]');
  }

  /** The n-th test (1-based), as its group. */
  test(number: number): Locator {
    return this.region.getByRole('group', { name: `Test ${number}`, exact: true });
  }

  /** Adds a test with this input and these expected tools (comma-separated). */
  async add(input: string, expected: string, options: { expectations?: string; items?: boolean } = {}) {
    await this.addTest.click();
    const test = this.region.getByRole('group', { name: /^Test \d+$/ }).last();
    await test.getByRole('textbox', { name: 'Test input' }).fill(input);
    if (options.items) await test.getByRole('checkbox', { name: /input items/ }).check();
    await test.getByRole('textbox', { name: 'Expected tools' }).fill(expected);
    if (options.expectations)
      await test.getByRole('textbox', { name: 'Argument expectations' }).fill(options.expectations);
  }

  /** The result row of the n-th test (1-based). */
  row(number: number): Locator {
    return this.results.locator('tbody tr').nth(number - 1);
  }

  /** Clicks Run tests and waits until every run finished. */
  async run(): Promise<void> {
    await this.runTests.click();
    await expect(this.runTests).toBeVisible({ timeout: 30_000 });
  }
}
