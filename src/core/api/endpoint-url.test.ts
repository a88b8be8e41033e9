import { describe, expect, it } from 'vitest';
import { endpointUrl } from './endpoint-url';

describe('endpointUrl', () => {
  const joins: [string, string, string][] = [
    ['https://x.y', '/responses', 'https://x.y/v1/responses'],
    ['https://x.y/', '/responses', 'https://x.y/v1/responses'],
    ['https://x.y/v1', '/responses', 'https://x.y/v1/responses'],
    ['https://x.y/v1/', '/responses', 'https://x.y/v1/responses'],
    ['https://x.y/v1//', '/responses', 'https://x.y/v1/responses'],
    ['  https://x.y/v1  \n', '/responses', 'https://x.y/v1/responses'],
    ['http://h:1/demo/v1', '/responses', 'http://h:1/demo/v1/responses'],
    ['https://relay/openai', '/responses', 'https://relay/openai/v1/responses'],
    ['https://relay/openai/', '/models', 'https://relay/openai/v1/models'],
    ['https://x.y/v1', '/models', 'https://x.y/v1/models'],
    ['https://x.y/v1', 'models', 'https://x.y/v1/models'],
    ['http://localhost:8080', '/responses', 'http://localhost:8080/v1/responses'],
    ['HTTPS://API.OpenAI.com/v1', '/responses', 'https://api.openai.com/v1/responses'],
    ['http://[::1]:3000/v1', '/responses', 'http://[::1]:3000/v1/responses'],
    // An existing version segment is kept as the API root.
    ['https://open.bigmodel.cn/api/paas/v4', '/responses', 'https://open.bigmodel.cn/api/paas/v4/responses'],
    // A pasted full endpoint is reduced to its root.
    ['https://x.y/v1/responses', '/responses', 'https://x.y/v1/responses'],
    ['https://x.y/v1/responses/', '/models', 'https://x.y/v1/models'],
    ['https://x.y/v1/chat/completions', '/responses', 'https://x.y/v1/responses'],
    // …but a path that merely ends in "models" without a version stays a subpath.
    ['https://x.y/models', '/responses', 'https://x.y/models/v1/responses'],
    // The query is kept, the hash dropped.
    [
      'https://gw.example/openai/v1?api-version=2025-04-01#x',
      '/responses',
      'https://gw.example/openai/v1/responses?api-version=2025-04-01',
    ],
  ];
  for (const [base, path, expected] of joins) {
    it(`${JSON.stringify(base)} + ${path}`, () => {
      expect(endpointUrl(base, path)).toEqual({ ok: true, value: expected });
    });
  }

  const failures: [string, RegExp][] = [
    ['', /Enter a base URL/],
    ['   ', /Enter a base URL/],
    ['api.openai.com/v1', /must start with http:\/\/ or https:\/\//],
    ['localhost:8080', /must start with http:\/\/ or https:\/\//],
    ['http:/x.y', /must start with http/],
    ['https://exa mple.com', /not a valid URL/],
    ['ftp://x.y/v1', /must use http:\/\/ or https:\/\/, not ftp:/],
    ['file:///etc/passwd', /must use http:\/\/ or https:\/\//],
    ['http://', /not a valid URL/],
    ['https://user:pass@x.y/v1', /user name and password/],
  ];
  it('never quotes a query key in its messages', () => {
    const result = endpointUrl('https://exa mple.com/v1?api_key=sk-typed-1', '/responses');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).not.toContain('sk-typed-1');
  });
  for (const [base, message] of failures) {
    it(`rejects ${JSON.stringify(base)}`, () => {
      const result = endpointUrl(base, '/responses');
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toMatch(message);
    });
  }
});
