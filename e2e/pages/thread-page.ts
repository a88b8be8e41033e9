import { expect, type Locator, type Page } from '@playwright/test';

/** The Thread pane: tool outputs, follow-ups, the replay offer, fixtures and auto-answer. */
export class ThreadPage {
  readonly region: Locator;
  readonly sendToolOutputs: Locator;
  readonly fillFromFixtures: Locator;
  readonly followUp: Locator;
  readonly sendFollowUp: Locator;
  readonly replayOffer: Locator;
  readonly resendInReplayMode: Locator;
  readonly chainingMode: Locator;
  readonly autoAnswer: Locator;
  readonly stepLimit: Locator;
  readonly trail: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Thread' });
    this.sendToolOutputs = page.getByRole('button', { name: 'Send tool outputs' });
    this.fillFromFixtures = page.getByRole('button', { name: /Fill from fixtures/ });
    this.followUp = page.getByRole('textbox', { name: 'Follow-up message' });
    this.sendFollowUp = page.getByRole('button', { name: 'Send follow-up' });
    this.replayOffer = page.getByRole('region', { name: 'Replay mode offer' });
    this.resendInReplayMode = page.getByRole('button', { name: 'Resend in replay mode' });
    this.chainingMode = page.getByRole('combobox', { name: 'Chaining for this base URL' });
    this.autoAnswer = page.getByRole('checkbox', { name: 'Auto-answer with fixtures' });
    this.stepLimit = page.getByRole('spinbutton', { name: 'Step limit' });
    this.trail = page.getByRole('list', { name: 'Auto-answer trail' });
  }

  /** The output editors, one per call of the shown response. */
  outputBoxes(): Locator {
    return this.region.getByRole('textbox', { name: /^Output for / });
  }

  outputFor(callId: string): Locator {
    return this.page.getByRole('textbox', { name: `Output for ${callId}`, exact: true });
  }

  /** The call ids the shown response asks to be answered, in order. */
  async callIds(): Promise<string[]> {
    const labels = await this.outputBoxes().evaluateAll((boxes) =>
      boxes.map((box) => (box as HTMLTextAreaElement).labels?.[0]?.textContent ?? ''),
    );
    return labels.map((label) => label.replace(/^Output for /, '').trim());
  }

  async saveFixture(toolName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Save this answer as the ${toolName} fixture` }).click();
  }

  async sendFollowUpMessage(text: string): Promise<void> {
    await this.followUp.fill(text);
    await this.sendFollowUp.click();
  }

  async openFixtures(): Promise<void> {
    const summary = this.region.getByText('Fixtures and auto-answer');
    if (!(await this.autoAnswer.isVisible())) await summary.click();
    await expect(this.autoAnswer).toBeVisible();
  }
}
