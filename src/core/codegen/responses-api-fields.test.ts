// The rest of the Responses API travels in the request like any other field: exported code and share
// links carry `background`, `conversation` and a compacted input as the editor holds them.
import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { decodeShareHash, encodeShareHash } from '../presets/share-link';
import { buildCodeRequest } from './code-request';
import { generateSnippet, SNIPPET_LANGUAGES } from './languages';

const BODY = `{
  "model": "gpt-4.1",
  "input": [
    { "type": "compaction", "encrypted_content": "gAAAA_compacted" },
    { "role": "user", "content": "Go on" }
  ],
  "conversation": "conv_demo123",
  "background": true,
  "stream": true
}
`;

describe('background, conversation and compacted input in exported code and share links', () => {
  it('every snippet language keeps them', () => {
    const request = buildCodeRequest({ baseUrl: 'https://api.example.com/v1', bodyText: BODY, headers: [] });
    if (!request.ok) throw new Error(saidEnglish(request.error));
    for (const language of SNIPPET_LANGUAGES) {
      const code = generateSnippet(language.id, request.value);
      for (const text of ['background', 'conv_demo123', 'gAAAA_compacted', 'compaction'])
        expect(code, `${language.id} keeps ${text}`).toContain(text);
    }
  });

  it('a share link restores them exactly', async () => {
    const hash = await encodeShareHash({ requestText: BODY });
    expect(await decodeShareHash(hash)).toEqual({ ok: true, value: { requestText: BODY } });
  });
});
