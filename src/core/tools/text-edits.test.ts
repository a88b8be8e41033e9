import seedText from '../../../e2e/data/seed-parallel-tools.json?raw';
import { describe, expect, it } from 'vitest';
import { diffEdits, replaceInText } from './text-edits';

describe('diffEdits / replaceInText', () => {
  it('emits nothing for an unchanged value', () => {
    const seed = JSON.parse(seedText) as { tools: unknown };
    expect(diffEdits(['tools'], seed.tools, structuredClone(seed.tools))).toEqual([]);
    expect(replaceInText(seedText, ['tools'], seed.tools, structuredClone(seed.tools))).toBe(seedText);
  });

  it('patches only the changed leaf, keeping the rest of the text byte for byte', () => {
    const text =
      '{\n    "model": "m",\n    "tools": [ {"type": "function", "name": "a",   "strict": true} ]\n}';
    const before = JSON.parse(text) as { tools: unknown[] };
    const after = [{ type: 'function', name: 'get_weather', strict: true }];
    expect(diffEdits(['tools'], before.tools, after)).toEqual([
      { path: ['tools', 0, 'name'], value: 'get_weather' },
    ]);
    expect(replaceInText(text, ['tools'], before.tools, after)).toBe(text.replace('"a"', '"get_weather"'));
  });

  it('appends new keys and elements, removes dropped ones, and replaces reordered objects whole', () => {
    expect(diffEdits(['x'], { a: 1, b: 2 }, { a: 1, c: 3 })).toEqual([
      { path: ['x', 'b'], value: undefined },
      { path: ['x', 'c'], value: 3 },
    ]);
    expect(diffEdits(['x'], { a: 1, b: 2 }, { b: 2, a: 1 })).toEqual([
      { path: ['x'], value: { b: 2, a: 1 } },
    ]);
    expect(diffEdits(['x'], [1, 2, 3], [1])).toEqual([
      { path: ['x', 2], value: undefined },
      { path: ['x', 1], value: undefined },
    ]);
    const text = '{"tools": [1]}';
    expect(JSON.parse(replaceInText(text, ['tools'], [1], [1, { type: 'web_search' }]))).toEqual({
      tools: [1, { type: 'web_search' }],
    });
    expect(JSON.parse(replaceInText('{"a": 1}', ['tools'], undefined, [{ type: 'function' }]))).toEqual({
      a: 1,
      tools: [{ type: 'function' }],
    });
  });

  it('keeps key order when a property is renamed through an object replace', () => {
    const text = '{"tools":[{"parameters":{"properties":{"a":{},"b":{}}}}]}';
    const before = JSON.parse(text) as { tools: unknown };
    const after = [{ parameters: { properties: { z: {}, b: {} } } }];
    const out = JSON.parse(replaceInText(text, ['tools'], before.tools, after)) as {
      tools: [{ parameters: { properties: object } }];
    };
    expect(Object.keys(out.tools[0].parameters.properties)).toEqual(['z', 'b']);
  });
});
