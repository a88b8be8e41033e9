import type { Locator, Page } from '@playwright/test';

/** Presets, Share, Code and curl import, by their accessible names. */
export class SharingPage {
  readonly share: Locator;
  readonly code: Locator;
  readonly presets: Locator;
  readonly shareLink: Locator;
  readonly includeBaseUrl: Locator;

  constructor(readonly page: Page) {
    this.share = page.getByRole('button', { name: 'Share', exact: true });
    this.code = page.getByRole('button', { name: 'Code', exact: true });
    this.presets = page.getByRole('button', { name: 'Presets', exact: true });
    this.shareLink = page.getByRole('textbox', { name: 'Share link' });
    this.includeBaseUrl = page.getByRole('checkbox', { name: /include base url/i });
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Presets → From curl → paste → Import curl. */
  async importCurl(command: string): Promise<void> {
    await this.presets.click();
    const dialog = this.dialog('Presets');
    await dialog.getByRole('tab', { name: 'From curl' }).click();
    await dialog.getByRole('textbox', { name: 'curl command' }).fill(command);
    await dialog.getByRole('button', { name: 'Import curl' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
}
