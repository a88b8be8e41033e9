import { describe, expect, it } from 'vitest';
import { DEFAULT_REQUEST_TEXT } from './default-request';
import { parseRequestText } from './parse-request';

describe('DEFAULT_REQUEST_TEXT', () => {
  it('is a valid, streamed request, pretty-printed with two spaces', () => {
    const parsed = parseRequestText(DEFAULT_REQUEST_TEXT);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value).toMatchObject({ model: 'gpt-4.1-mini', stream: true });
    expect(typeof parsed.value.input).toBe('string');
    expect(DEFAULT_REQUEST_TEXT).toBe(`${JSON.stringify(parsed.value, null, 2)}\n`);
  });
});
