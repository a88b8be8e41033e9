import { expect, type Locator, type Page } from '@playwright/test';

/** The connection header: profiles, proxy, model picker, profile settings and the endpoint doctor. */
export class ConnectionPage {
  readonly profile: Locator;
  readonly newProfile: Locator;
  readonly useProxy: Locator;
  readonly model: Locator;
  readonly models: Locator;
  readonly modelStatus: Locator;
  readonly settings: Locator;
  readonly profileName: Locator;
  readonly chainingMode: Locator;
  readonly doctor: Locator;
  readonly checkEndpoint: Locator;
  readonly card: Locator;

  constructor(readonly page: Page) {
    const connection = page.getByRole('region', { name: 'Connection' });
    this.profile = connection.getByRole('combobox', { name: 'Endpoint profile' });
    this.newProfile = connection.getByRole('button', { name: 'New profile' });
    this.useProxy = connection.getByRole('checkbox', { name: 'Use local proxy' });
    this.model = connection.getByRole('combobox', { name: 'Model' });
    this.models = connection.getByRole('listbox', { name: 'Models' });
    this.modelStatus = connection.getByText(/models? on this endpoint|Model list failed|Loading models/);
    this.settings = connection.getByText('Profile settings', { exact: true });
    this.profileName = connection.getByRole('textbox', { name: 'Profile name' });
    this.chainingMode = connection.getByRole('combobox', { name: 'Chaining mode' });
    this.doctor = connection.getByRole('region', { name: 'Endpoint doctor' });
    this.checkEndpoint = connection.getByRole('button', { name: 'Check endpoint' });
    this.card = connection.getByRole('list', { name: 'Compatibility card' }).last();
  }

  async openSettings(): Promise<void> {
    if (!(await this.profileName.isVisible())) await this.settings.click();
  }

  async openDoctor(): Promise<void> {
    if (!(await this.checkEndpoint.isVisible()))
      await this.page.getByText('Endpoint doctor', { exact: true }).click();
  }

  /** A check row of the card, e.g. `check('CORS preflight')`; its name ends with the verdict. */
  check(label: string): Locator {
    return this.card.getByRole('listitem', { name: new RegExp(`^${label.replace(/[()/{}]/g, '\\$&')}:`) });
  }

  async switchTo(label: string): Promise<void> {
    await this.profile.selectOption({ label });
    await expect(this.profile.locator('option:checked')).toHaveText(label);
  }
}
