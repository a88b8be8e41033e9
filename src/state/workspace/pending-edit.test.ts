// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deferEdit, flushPendingEdit } from './pending-edit';

describe('deferEdit', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Frames that never come: the fallback timer or a flush has to deliver the report.
    vi.stubGlobal('requestAnimationFrame', () => 0);
  });
  afterEach(() => {
    flushPendingEdit();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('reports once, with the latest text, after the frame (or its fallback timer)', () => {
    const reports: string[] = [];
    deferEdit(() => reports.push('a'));
    deferEdit(() => reports.push('ab'));
    expect(reports).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(reports).toEqual(['ab']);
  });

  it('reports at once when something may read the store: a pointer press, a shortcut', () => {
    const reports: string[] = [];
    deferEdit(() => reports.push('x'));
    window.dispatchEvent(new Event('pointerdown'));
    expect(reports).toEqual(['x']);
    deferEdit(() => reports.push('xy'));
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true }));
    expect(reports).toEqual(['x', 'xy']);
    flushPendingEdit();
    vi.advanceTimersByTime(100);
    expect(reports).toEqual(['x', 'xy']);
  });
});
