import { describe, expect, it } from 'vitest';
import { buildHeaders, headerProblem } from './headers';

describe('buildHeaders', () => {
  it('sends JSON with a bearer key', () => {
    expect(buildHeaders({ baseUrl: 'https://x.y', apiKey: '  sk-abc \n' })).toEqual({
      'Content-Type': 'application/json',
      Accept: 'text/event-stream, application/json',
      Authorization: 'Bearer sk-abc',
    });
  });

  it.each([undefined, '', '   ', '\t\n'])('sends no Authorization for key %j', (apiKey) => {
    const headers = buildHeaders({ baseUrl: 'https://x.y', apiKey });
    expect(Object.keys(headers).map((k) => k.toLowerCase())).not.toContain('authorization');
  });

  it('applies extra headers, skips blank names, and overrides defaults case-insensitively', () => {
    const headers = buildHeaders({
      baseUrl: 'https://x.y',
      apiKey: 'sk-1',
      headers: {
        ' X-Org ': 'o1',
        '': 'ignored',
        '  ': 'ignored',
        authorization: 'Basic abc',
        'content-type': 'application/json; charset=utf-8',
      },
    });
    expect(headers).toEqual({
      Accept: 'text/event-stream, application/json',
      'X-Org': 'o1',
      authorization: 'Basic abc',
      'content-type': 'application/json; charset=utf-8',
    });
  });

  it('builds GET headers without Content-Type', () => {
    expect(buildHeaders({ baseUrl: 'https://x.y', apiKey: 'k' }, 'GET')).toEqual({
      Accept: 'application/json',
      Authorization: 'Bearer k',
    });
  });

  it('keeps the default Accept value CORS-safelisted (no preflight cost)', () => {
    const accept = buildHeaders({ baseUrl: 'https://x.y' }).Accept ?? '';
    // Fetch spec: safelisted Accept values have no CORS-unsafe request-header bytes and ≤ 128 bytes.
    // eslint-disable-next-line no-control-regex
    expect(accept).not.toMatch(/[\0-\x08\x0a-\x1f"():<>?@[\\\]{}\x7f]/);
    expect(accept.length).toBeLessThanOrEqual(128);
  });
});

describe('headerProblem', () => {
  it('accepts ordinary headers', () => {
    expect(
      headerProblem(
        buildHeaders({ baseUrl: 'x', apiKey: 'sk-proj-AbC_123', headers: { 'X-Title': 'Playground ü' } }),
      ),
    ).toBeUndefined();
  });

  it('names a key pasted with a zero-width space or a line break', () => {
    expect(headerProblem({ Authorization: 'Bearer sk-\u200babc' })).toMatch(/The API key contains .*U\+200B/);
    expect(headerProblem({ Authorization: 'Bearer sk-a\nb' })).toMatch(/The API key/);
  });

  it('names an invalid header name or value', () => {
    expect(headerProblem({ 'X Bad': 'v' })).toMatch(/header name "X Bad"/);
    expect(headerProblem({ 'X-Quote': '“smart”' })).toMatch(/header "X-Quote"/);
  });
});
