import { describe, expect, it } from 'vitest';
import {
  draftsToTests,
  draftToTest,
  emptyDraft,
  expectedNames,
  testToDraft,
  type ToolTestDraft,
} from './draft';

const draft = (patch: Partial<ToolTestDraft>): ToolTestDraft => ({ ...emptyDraft('d1'), ...patch });

describe('test drafts', () => {
  it('read comma-separated names and JSON expectations', () => {
    expect(expectedNames(' a, b ,,a，c\n')).toEqual(['a', 'b', 'c']);
    const test = draftToTest(
      draft({
        name: ' W ',
        inputText: 'Weather?',
        expectedText: 'get_weather, now',
        expectationsText: '{"get_weather": {"match": {"city": "Paris"}}}',
      }),
    );
    expect(test).toEqual({
      ok: true,
      value: {
        id: 'd1',
        name: 'W',
        input: 'Weather?',
        expect: [{ name: 'get_weather', match: { city: 'Paris' } }, { name: 'now' }],
      },
    });
    expect(draftToTest(draft({ inputText: 'x' }))).toMatchObject({ ok: true, value: { expect: [] } });
  });

  it('round-trip tests through drafts, input items included', () => {
    const test = {
      id: 't',
      input: [{ role: 'user', content: 'hi' }],
      expect: [{ name: 'f', schema: { required: ['a'] } }],
    };
    expect(draftToTest(testToDraft(test))).toEqual({ ok: true, value: test });
  });

  it('say what keeps a draft from running, keeping the text', () => {
    const problem = (patch: Partial<ToolTestDraft>) => {
      const result = draftToTest(draft({ inputText: 'x', ...patch }));
      return result.ok ? undefined : result.error.key;
    };
    expect(problem({ inputText: '  ' })).toBe('emptyInput');
    expect(problem({ inputIsItems: true, inputText: '[{' })).toBe('itemsNotJson');
    expect(problem({ inputIsItems: true, inputText: '{"role":"user"}' })).toBe('itemsNotList');
    expect(problem({ expectationsText: '{' })).toBe('expectationsNotJson');
    expect(problem({ expectationsText: '[]' })).toBe('expectationsShape');
    expect(problem({ expectedText: 'f', expectationsText: '{"f": {"matches": 1}}' })).toBe(
      'expectationsShape',
    );
    expect(problem({ expectedText: 'f', expectationsText: '{"g": {"match": 1}}' })).toBe(
      'expectationsUnknown',
    );
    expect(problem({ inputText: 'x'.repeat(20_001) })).toBe('file.inputTooLong');
    expect(problem({ inputText: 'ok', expectedText: 'f'.repeat(129) })).toBe('file.callNameTooLong');
    expect(draftsToTests([draft({ inputText: 'ok' }), draft({})])).toMatchObject({
      ok: false,
      error: [{ index: 1, problem: { key: 'emptyInput' } }],
    });
  });
});
