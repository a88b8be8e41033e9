import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatcher } from './frame-batcher';

/** Frames are run by hand; the clock is the fake timers' clock. */
let frames = new Map<number, () => void>();
let ids = 0;
const runFrame = () => {
  const due = [...frames.values()];
  frames = new Map();
  due.forEach((callback) => callback());
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  frames = new Map();
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => {
    frames.set(++ids, callback);
    return ids;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('createFrameBatcher', () => {
  it('draws once per frame however many times it is asked', async () => {
    const flush = vi.fn();
    const batcher = createFrameBatcher(flush);
    for (let i = 0; i < 100; i++) batcher.schedule();
    runFrame();
    expect(flush).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    batcher.schedule();
    runFrame();
    expect(flush).toHaveBeenCalledTimes(2);
  });

  it('after a costly draw, waits six times its cost (at most 50 ms) before asking for a frame', async () => {
    const batcher = createFrameBatcher(() => vi.advanceTimersByTime(5));
    batcher.schedule();
    runFrame();
    await Promise.resolve(); // the cost is read after the draw's microtasks
    batcher.schedule();
    expect(frames).toHaveProperty('size', 0);
    vi.advanceTimersByTime(29);
    expect(frames).toHaveProperty('size', 0);
    vi.advanceTimersByTime(1);
    expect(frames).toHaveProperty('size', 1);
  });

  it('draws from a timer where frames do not run, and at once on flushNow', () => {
    const flush = vi.fn();
    const batcher = createFrameBatcher(flush);
    batcher.schedule();
    vi.advanceTimersByTime(250);
    expect(flush).toHaveBeenCalledTimes(1);
    batcher.flushNow();
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
