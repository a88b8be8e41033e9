import { expect, type Locator, type Page } from '@playwright/test';

/** The workbench's layout: pane separators, the phone tabs, where things are on screen. */
export class WorkbenchPage {
  constructor(readonly page: Page) {}

  separator(
    name: 'Resize request and output' | 'Resize request and tools' | 'Resize output and side panel',
  ): Locator {
    return this.page.getByRole('separator', { name });
  }

  /** The phone layout's tabs (Request / Tools / Output / History). */
  tab(name: string): Locator {
    return this.page.getByRole('tablist', { name: /Workbench views|工作台视图/ }).getByRole('tab', { name });
  }

  async width(target: Locator): Promise<number> {
    const box = await target.boundingBox();
    expect(box, 'the element is laid out').not.toBeNull();
    return box!.width;
  }

  /** Drags a separator by `dx` pixels with the mouse. */
  async drag(separator: Locator, dx: number, dy = 0): Promise<void> {
    const box = await separator.boundingBox();
    expect(box).not.toBeNull();
    const x = box!.x + box!.width / 2;
    const y = box!.y + box!.height / 2;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
    await this.page.mouse.move(x + dx, y + dy, { steps: 4 });
    await this.page.mouse.up();
  }

  /** Whether the page itself scrolls (it must not: each pane scrolls on its own). */
  pageScrolls(): Promise<boolean> {
    return this.page.evaluate(
      () => document.scrollingElement!.scrollHeight > document.scrollingElement!.clientHeight + 1,
    );
  }
}
