import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { parseRequestText } from '../request/parse-request';
import { BUILTIN_PRESETS } from './builtin-presets';
import {
  PRESET_FILE_FORMAT,
  presetFileName,
  serializePresetFile,
  uniquePresetName,
  type PresetEntry,
} from './preset-format';
import { parsePresetFile, type PresetImport } from './preset-import';

/** The import, its notes in English. */
function imported(text: string, fileName?: string): Omit<PresetImport, 'warnings'> & { warnings: string[] } {
  const result = parsePresetFile(text, fileName);
  if (!result.ok) throw new Error(result.error.map(saidEnglish).join('\n'));
  return { ...result.value, warnings: result.value.warnings.map(saidEnglish) };
}
function problems(text: string): string[] {
  const result = parsePresetFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error.map(saidEnglish);
}
const file = (presets: unknown, extra: object = {}) =>
  JSON.stringify({ format: PRESET_FILE_FORMAT, version: 1, presets, ...extra });

const LITERALS =
  '{\n  "model": "m",\n  "temperature": 1.50,\n  "seed": 12345678901234567890,\n  "input": "caf\\u00e9 你好 👋"\n}\n';

describe('preset files', () => {
  it('round-trips presets with every literal kept', () => {
    const presets: PresetEntry[] = [
      { name: 'Literals', description: 'exact numbers', requestText: LITERALS },
      { name: 'Seed', requestText: BUILTIN_PRESETS[0]?.requestText ?? '' },
    ];
    const text = serializePresetFile(presets, new Date('2026-01-02T03:04:05Z'));
    const header = JSON.parse(text) as Record<string, unknown>;
    expect(header).toMatchObject({
      format: PRESET_FILE_FORMAT,
      version: 1,
      exported_at: '2026-01-02T03:04:05.000Z',
    });
    expect(text).toContain('"temperature": 1.50');
    expect(text).toContain('12345678901234567890');
    expect(imported(text)).toEqual({ presets, warnings: [] });
  });

  it('carries tool tests (version 2), bounded and validated on import; files without tests stay version 1', () => {
    const tests = [
      {
        id: 'a',
        name: 'weather',
        input: 'Weather in Paris?',
        expect: [{ name: 'get_weather', match: { city: 'Paris' } }],
      },
      { id: 'b', input: [{ role: 'user', content: 'hi' }], expect: [] },
    ];
    const text = serializePresetFile([{ name: 'With tests', requestText: LITERALS, tests }]);
    expect(JSON.parse(text)).toMatchObject({
      version: 2,
      presets: [
        {
          tests: [
            {
              name: 'weather',
              input: 'Weather in Paris?',
              expect: [{ name: 'get_weather', match: { city: 'Paris' } }],
            },
            { input: [{ role: 'user', content: 'hi' }], expect: [] },
          ],
        },
      ],
    });
    const back = imported(text).presets[0];
    // Local ids are new on import; the rest round-trips.
    expect(back?.tests?.map(({ id: _, ...rest }) => rest)).toEqual(tests.map(({ id: _, ...rest }) => rest));
    expect(
      JSON.parse(serializePresetFile([{ name: 'No tests', requestText: LITERALS, tests: [] }])),
    ).toMatchObject({ version: 1 });
    expect(
      problems(
        file([
          {
            name: 'Bad',
            request: { model: 'm' },
            tests: [{ input: 'x', expect: [{ name: 'f', schema: 'no' }] }],
          },
        ]),
      ),
    ).toEqual(['Preset 1 ("Bad"), test 1, expected call 1: "schema" must be a JSON Schema object.']);
    expect(
      problems(
        file([
          { name: 'Many', request: { model: 'm' }, tests: new Array(201).fill({ input: 'x', expect: [] }) },
        ]),
      )[0],
    ).toMatch(/at most 200/);
  });

  it('refuses to write a preset whose request is not JSON', () => {
    expect(() => serializePresetFile([{ name: 'bad', requestText: '{' }])).toThrow(/bad/);
  });

  it('explains what is wrong with a file, listing every broken preset', () => {
    expect(problems('{"presets": [')[0]).toMatch(/^The file is not valid JSON: /);
    expect(problems('42')[0]).toMatch(/must hold a JSON object/);
    expect(problems('{"format":"something-else","presets":[]}')[0]).toMatch(
      /not a presets file: its format is "something-else"/,
    );
    expect(problems(JSON.stringify({ format: PRESET_FILE_FORMAT, version: 3, presets: [] }))[0]).toMatch(
      /newer version .*version 3.*reads version 2/,
    );
    expect(problems(JSON.stringify({ format: PRESET_FILE_FORMAT, version: 'one', presets: [] }))[0]).toMatch(
      /whole number/,
    );
    expect(problems(file([]))).toEqual(['The file holds no presets.']);
    expect(problems(file({}))[0]).toMatch(/"presets" must be a list/);
    expect(problems('{"hello": 1}')[0]).toMatch(/neither "presets" nor a request/);
    expect(
      problems(
        file([
          { name: 'ok', request: { model: 'm' } },
          { request: { model: 'm' } },
          { name: 'list', request: [1] },
          { name: 'text', request: '{"model": ' },
          { name: 'x'.repeat(500), request: {} },
          { name: 'nothing' },
          'just text',
          { name: 'desc', description: 5, request: {} },
        ]),
      ),
    ).toEqual([
      'Preset 2: "name" must be a non-empty text.',
      'Preset 3 ("list"): "request" must be a JSON object ({ … }), not a list.',
      expect.stringMatching(
        /^Preset 4 \("text"\): "request" is text that is not a JSON object \(line 1, column 11/,
      ),
      expect.stringMatching(/^Preset 5 \(.*\): "name" is longer than 120 characters\.$/),
      'Preset 6 ("nothing"): "request" is missing.',
      'Preset 7: must be an object with "name" and "request".',
      'Preset 8 ("desc"): "description" must be text.',
    ]);
  });

  it('caps the number of problems listed and the size of a file', () => {
    const many = problems(file(Array.from({ length: 30 }, () => ({ name: '' }))));
    expect(many).toHaveLength(13);
    expect(many.at(-1)).toMatch(/and \d+ more problems/);
    expect(problems(' '.repeat(5_000_001))[0]).toMatch(/too large/);
    expect(
      problems(file(Array.from({ length: 501 }, (_, i) => ({ name: `p${i}`, request: {} }))))[0],
    ).toMatch(/at most 500/);
  });

  it('drops keys and unknown fields, saying so', () => {
    const result = imported(
      file([{ name: 'p', request: { model: 'm' }, api_key: 'sk-live', headers: {}, color: 'red' }]),
    );
    expect(result.presets).toEqual([{ name: 'p', requestText: '{\n  "model": "m"\n}\n' }]);
    expect(result.warnings).toEqual([
      'Preset 1 ("p"): ignored "api_key": presets never hold keys or headers.',
      'Preset 1 ("p"): ignored "headers": presets never hold keys or headers.',
      'Preset 1 ("p"): ignored the unknown field "color".',
    ]);
    expect(JSON.stringify(result)).not.toContain('sk-live');
  });

  describe('migration of older and looser shapes', () => {
    it('reads a bare request (as relay docs share one) as a single preset named after the file', () => {
      const result = imported(BUILTIN_PRESETS[0]?.requestText ?? '', '创建函数调用.json');
      expect(result.presets).toEqual([
        { name: '创建函数调用', requestText: BUILTIN_PRESETS[0]?.requestText },
      ]);
      expect(result.warnings[0]).toMatch(/single request/);
      expect(imported('{"model":"m","input":"hi"}').presets[0]?.name).toBe('Imported request');
    });

    it('reads a bare list and a file without header as version 1', () => {
      expect(imported(JSON.stringify([{ name: 'a', request: { model: 'm' } }])).presets).toHaveLength(1);
      const headerless = imported(JSON.stringify({ presets: [{ name: 'a', request: { model: 'm' } }] }));
      expect(headerless.presets).toHaveLength(1);
      expect(headerless.warnings[0]).toMatch(/no "format" header/);
    });

    it('converts a request stored as a JSON string to an object', () => {
      const result = imported(file([{ name: 'old', request: '{"model":"m","temperature":1.50}' }]));
      expect(result.presets[0]?.requestText).toBe('{\n  "model": "m",\n  "temperature": 1.50\n}\n');
      expect(result.warnings).toEqual([
        'Preset 1 ("old"): "request" was a JSON string; converted to an object.',
      ]);
    });

    it('accepts a byte-order mark and trims names and descriptions', () => {
      const result = imported(`\uFEFF${file([{ name: '  spaced  ', description: '  d  ', request: {} }])}`);
      expect(result.presets[0]).toEqual({ name: 'spaced', description: 'd', requestText: '{}\n' });
    });
  });

  it('names files and presets without clashes', () => {
    expect(presetFileName(new Date('2026-03-04T10:00:00Z'))).toBe('responses-presets-2026-03-04.json');
    expect(presetFileName(new Date('2026-03-04T10:00:00Z'), 'My preset: "x"/y')).toBe(
      'My-preset-x-y-2026-03-04.json',
    );
    expect(uniquePresetName('A', ['B'])).toBe('A');
    expect(uniquePresetName('A', ['A', 'A (2)'])).toBe('A (3)');
    expect(uniquePresetName('A (2)', ['A (2)'])).toBe('A (3)');
  });

  it('ships built-in presets that are valid, distinct JSON objects', () => {
    const ids = new Set(BUILTIN_PRESETS.map((p) => p.id));
    expect(ids.size).toBe(BUILTIN_PRESETS.length);
    for (const preset of BUILTIN_PRESETS)
      expect(parseRequestText(preset.requestText).ok, preset.id).toBe(true);
    const kinds = BUILTIN_PRESETS.map((p) => p.requestText).join('\n');
    for (const needle of [
      '"random_generator"',
      '"json_schema"',
      '"effort"',
      '"web_search_preview"',
      '"input_image"',
      'data:image/png;base64,',
      '"input_file"',
      '"instructions"',
      '"assistant"',
    ])
      expect(kinds).toContain(needle);
  });
});
