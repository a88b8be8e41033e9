import { expect, type Locator, type Page } from '@playwright/test';

/*
 * The Request JSON editor (Monaco) for browser tests.
 *
 * Why not type or paste: Monaco edits what it receives. `keyboard.insertText` goes through its
 * typing path one character at a time, so auto-indent re-indents every line after a newline and
 * auto-closing adds brackets and quotes (measured: a 5-line request came back with growing
 * indentation and an extra "}"). Pasting triggers format-on-paste. And Monaco only renders the
 * visible lines, so reading the DOM misses long text.
 *
 * So the editor answers two DOM events on its host element `[data-editor="monaco"]`
 * (src/features/request-editor/test-hooks.ts): `request-editor:set-text` replaces the whole text
 * as one ordinary edit (undoable, reported to the app like typing), and `request-editor:get-text`
 * reads the model. When Monaco could not load, the plain `<textarea>` stand-in is used directly.
 *
 * Monaco keeps one kind of line break per text: use "\n" (a "\r\n" text reads back as "\n").
 */

const SET_TEXT_EVENT = 'request-editor:set-text';
const GET_TEXT_EVENT = 'request-editor:get-text';

/** The focusable input of the editor, by its accessible name. */
export function requestEditorInput(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Request JSON' });
}

/** Waits until Monaco (or its plain fallback) accepts input; returns which one it is. */
export async function waitForRequestEditor(page: Page): Promise<'monaco' | 'plain'> {
  const ready = page.locator(
    '[data-request-editor] [data-editor="monaco"] .monaco-editor, [data-request-editor] [data-editor="plain"]',
  );
  await expect(ready.first()).toBeAttached({ timeout: 20_000 });
  return (await page.locator('[data-request-editor] [data-editor="plain"]').count()) > 0 ? 'plain' : 'monaco';
}

/** Replaces the whole request text exactly, as a user edit, and checks it took. */
export async function setRequestText(page: Page, text: string): Promise<void> {
  if ((await waitForRequestEditor(page)) === 'plain') {
    await page.locator('[data-request-editor] [data-editor="plain"]').fill(text);
  } else {
    await page
      .locator('[data-request-editor] [data-editor="monaco"]')
      .evaluate(
        (host, [type, value]) => host.dispatchEvent(new CustomEvent(type, { detail: { text: value } })),
        [SET_TEXT_EVENT, text] as const,
      );
  }
  await expect.poll(() => getRequestText(page)).toBe(text);
}

/** The whole request text as the editor holds it (all lines, not only the visible ones). */
export async function getRequestText(page: Page): Promise<string> {
  if ((await waitForRequestEditor(page)) === 'plain') {
    return page.locator('[data-request-editor] [data-editor="plain"]').inputValue();
  }
  return page.locator('[data-request-editor] [data-editor="monaco"]').evaluate((host, type) => {
    const detail = { text: '' };
    host.dispatchEvent(new CustomEvent(type, { detail }));
    return detail.text;
  }, GET_TEXT_EVENT);
}

/** Puts the keyboard focus in the editor (for shortcuts such as Ctrl/Cmd+Enter, or real typing). */
export async function focusRequestEditor(page: Page): Promise<void> {
  await waitForRequestEditor(page);
  await requestEditorInput(page).focus();
}

/** Presses Ctrl+Enter (Cmd+Enter on macOS) inside the editor: sends the request. */
export async function pressSendShortcut(page: Page): Promise<void> {
  await focusRequestEditor(page);
  await page.keyboard.press('ControlOrMeta+Enter');
}

/** The "Line L, column C: message" text under the editor, when the JSON is invalid. */
export function requestErrorMessage(page: Page): Locator {
  return page.locator('#request-json-error');
}

const GET_MARKERS_EVENT = 'request-editor:get-markers';

/** A marker in the editor: the parse error, the JSON schema's or the tools check's (`tools-check`). */
export interface EditorMarker {
  owner: string;
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  code?: string;
  line: number;
}

/** Every marker Monaco holds for the request text (empty with the plain fallback editor). */
export async function getRequestMarkers(page: Page): Promise<EditorMarker[]> {
  if ((await waitForRequestEditor(page)) === 'plain') return [];
  return page.locator('[data-request-editor] [data-editor="monaco"]').evaluate((host, type) => {
    const detail: { markers?: EditorMarker[] } = {};
    host.dispatchEvent(new CustomEvent(type, { detail }));
    return detail.markers ?? [];
  }, GET_MARKERS_EVENT);
}
