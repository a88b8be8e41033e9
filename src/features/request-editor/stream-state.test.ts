import { beforeAll, describe, expect, it } from 'vitest';
import { initI18n } from '../../i18n';
import { parseRequestText } from '../../core/request/parse-request';
import { streamState as stateOf, withStream } from './stream-state';

const streamState = (text: string) => stateOf(parseRequestText(text));

describe('stream toggle state', () => {
  beforeAll(() => void initI18n('en'));

  it('is checked only for "stream": true', () => {
    expect(streamState('{"stream": true}')).toEqual({ checked: true });
    expect(streamState('{"stream": false}')).toEqual({ checked: false });
    expect(streamState('{"stream": "true"}')).toEqual({ checked: false });
    expect(streamState('{"model": "m"}')).toEqual({ checked: false });
  });

  it('is disabled, with a reason, while the JSON is invalid', () => {
    expect(streamState('{"stream": true,')).toMatchObject({
      checked: false,
      disabledReason: expect.stringMatching(/fix/i) as string,
    });
    expect(streamState('[]').disabledReason).toBeDefined();
  });

  it('edits only the stream field', () => {
    const text = '{\n  "model": "m",\n  "stream": true\n}';
    expect(withStream(text, false)).toBe('{\n  "model": "m",\n  "stream": false\n}');
    expect(withStream('{\n  "model": "m"\n}', true)).toBe('{\n  "model": "m",\n  "stream": true\n}');
    expect(withStream('{"stream": ', true)).toBe('{"stream": ');
  });
});
