import { describe, expect, it } from 'vitest';
import { loadPaneSizes, parsePaneSizes, savePaneSizes } from './split-layout';

describe('parsePaneSizes', () => {
  const ids = ['work', 'output', 'side'];

  it('reads sizes for exactly the panes of the group', () => {
    expect(parsePaneSizes('{"work":40,"output":35,"side":25}', ids)).toEqual({
      work: 40,
      output: 35,
      side: 25,
    });
  });

  it('ignores anything that does not fit: other panes, tiny or huge sizes, a wrong total, junk', () => {
    for (const text of [
      null,
      '',
      'not json',
      '[40,35,25]',
      '{"work":40,"output":60}',
      '{"work":40,"output":35,"side":25,"extra":0}',
      '{"work":40,"output":35,"other":25}',
      '{"work":2,"output":73,"side":25}',
      '{"work":"40","output":35,"side":25}',
      '{"work":40,"output":40,"side":40}',
      `{"work":40,"output":35,"side":25,"pad":"${'x'.repeat(3000)}"}`,
    ]) {
      expect(parsePaneSizes(text, ids), String(text).slice(0, 40)).toBeUndefined();
    }
  });

  it('round-trips through localStorage', () => {
    savePaneSizes('rp.layout.test', { a: 30, b: 70 });
    expect(loadPaneSizes('rp.layout.test', ['a', 'b'])).toEqual({ a: 30, b: 70 });
    expect(loadPaneSizes('rp.layout.test', ['a', 'c'])).toBeUndefined();
  });
});
