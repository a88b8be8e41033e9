import { describe, expect, it } from 'vitest';
import { PrettyJsonStream } from './pretty-json-stream';

const value = {
  city: 'Paris, "FR"\n\\',
  days: [1, 2.5, -3e2],
  nested: { empty: {}, list: [], flag: true, none: null },
  unicode: '流式 ⏱️',
};

describe('PrettyJsonStream', () => {
  it('lays out valid JSON like JSON.stringify(value, null, 2), however it arrives', () => {
    const raw = JSON.stringify(value);
    const expected = JSON.stringify(value, null, 2);
    expect(new PrettyJsonStream().update(raw)).toBe(expected);
    for (const step of [1, 3, 17]) {
      const stream = new PrettyJsonStream();
      let out = '';
      for (let i = step; i < raw.length + step; i += step) out = stream.update(raw.slice(0, i));
      expect(out).toBe(expected);
    }
  });

  it('re-indents JSON that came indented, keeps tokens as received, shows a prefix while streaming', () => {
    expect(new PrettyJsonStream().update('{ "a" :\n 1.0 ,"b":"\\u00e9"}')).toBe(
      '{\n  "a": 1.0,\n  "b": "\\u00e9"\n}',
    );
    expect(new PrettyJsonStream().update('{"city": "Par')).toBe('{\n  "city": "Par');
  });

  it('starts over when the text does not continue; outside strings, whitespace is only layout', () => {
    const stream = new PrettyJsonStream();
    stream.update('{"a":1}');
    expect(stream.update('not json')).toBe('notjson');
    expect(new PrettyJsonStream().update('x = "a b"')).toBe('x="a b"');
  });
});
