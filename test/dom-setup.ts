/**
 * Component tests (jsdom): unmount what a test rendered, and empty storage, so tests never see
 * each other's DOM or persisted state.
 */
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { initI18n } from '../src/i18n';

// The app starts i18n in its runtime; components under test need it too (in English).
initI18n('en');

// jsdom has no layout, so every element has an empty box, and Ariakit (which asks
// `checkVisibility()` first, then the box) would take every element for hidden and never focusable.
// What browsers answer without layout: hidden when it or an ancestor is `hidden` or display: none.
if (typeof Element.prototype.checkVisibility !== 'function') {
  Element.prototype.checkVisibility = function checkVisibility(this: Element): boolean {
    const hidden = (el: Element) =>
      el instanceof HTMLElement && (el.hidden || getComputedStyle(el).display === 'none');
    if (hidden(this)) return false;
    for (let el = this.parentElement; el; el = el.parentElement) if (hidden(el)) return false;
    return true;
  };
}

// Nothing scrolls without layout; widgets still ask (Ariakit brings the active option into view).
if (typeof Element.prototype.scrollIntoView !== 'function') {
  Element.prototype.scrollIntoView = function scrollIntoView() {};
}

// Without layout nothing ever resizes; panels and popovers still subscribe.
if (typeof globalThis.ResizeObserver !== 'function') {
  globalThis.ResizeObserver = class ResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  };
}

afterEach(() => {
  cleanup();
  localStorage.clear();
});
