import type { Locator, Page } from '@playwright/test';

/** The Tools region (visual tool builder), by the names the UI contract promises. */
export class ToolsPage {
  readonly region: Locator;
  readonly addFunction: Locator;
  readonly structuredOutput: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Tools' });
    this.addFunction = this.region.getByRole('button', { name: 'Add function' });
    this.structuredOutput = page.getByRole('region', { name: 'Answer format (structured)' });
  }

  /** The card of the n-th tool (0-based). */
  tool(index: number): Locator {
    return this.region
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: /^Move (function|tool)\b/ }) })
      .nth(index);
  }

  functionNames(): Locator {
    return this.region.getByRole('textbox', { name: 'Function name' });
  }

  parameterNames(tool: Locator): Locator {
    return tool.getByRole('textbox', { name: 'Parameter name' });
  }

  /** The row of one top-level parameter of a tool card. */
  parameter(tool: Locator, name: string): Locator {
    return tool.getByRole('listitem', { name: `Parameter ${name}`, exact: true });
  }
}
