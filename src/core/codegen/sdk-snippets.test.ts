import { describe, expect, it } from 'vitest';
import { saidEnglish } from '../said-english';
import { buildCodeRequest, type CodeRequest } from './code-request';
import { generateSnippet } from './languages';

function request(
  baseUrl: string,
  bodyText: string,
  headers = [{ name: 'X-Team', value: 'blue' }],
): CodeRequest {
  const result = buildCodeRequest({ baseUrl, bodyText, headers });
  if (!result.ok) throw new Error(saidEnglish(result.error));
  return result.value;
}

const streamed = '{"model":"gpt-4.1","input":"hi","stream":true}';
const plain = '{"model":"gpt-4.1","input":"hi"}';

describe('openai SDK snippets', () => {
  it('JavaScript: new OpenAI({ baseURL, apiKey }) with the base URL ending in /v1, the key from the environment', () => {
    const js = generateSnippet('js-openai', request('https://relay.example.cn', plain));
    expect(js).toContain("import OpenAI from 'openai';");
    expect(js).toContain(
      'const client = new OpenAI({\n  baseURL: "https://relay.example.cn/v1",\n  apiKey: process.env.OPENAI_API_KEY,\n  defaultHeaders: { "X-Team": "blue" },\n});',
    );
    expect(js).toContain('await client.responses.create({');
    expect(js).not.toContain('for await');
  });

  it('JavaScript: a streamed request loops over the events', () => {
    const js = generateSnippet('js-openai', request('https://relay.example.cn/v1/', streamed, []));
    expect(js).toContain('baseURL: "https://relay.example.cn/v1"');
    expect(js).not.toContain('defaultHeaders');
    expect(js).toContain('for await (const event of response)');
    expect(js).toContain("event.type === 'response.output_text.delta'");
  });

  it('Python: OpenAI(base_url=…, api_key=os.environ[…]) and client.responses.create(…)', () => {
    const py = generateSnippet('python-openai', request('https://relay.example.cn/v1', streamed));
    expect(py).toContain('from openai import OpenAI');
    expect(py).toContain(
      'client = OpenAI(\n    base_url="https://relay.example.cn/v1",\n    api_key=os.environ["OPENAI_API_KEY"],\n    default_headers={"X-Team": "blue"},\n)',
    );
    expect(py).toContain(
      'response = client.responses.create(\n    model="gpt-4.1",\n    input="hi",\n    stream=True,\n)',
    );
    expect(py).toContain('for event in response:');
  });

  it('set the base URL even for OpenAI itself, and never the key', () => {
    for (const id of ['js-openai', 'python-openai']) {
      const code = generateSnippet(
        id,
        request('https://api.openai.com/v1', plain, [{ name: 'api-key', value: 'sk-secret' }]),
      );
      expect(code, id).toContain('"https://api.openai.com/v1"');
      expect(code, id).not.toContain('sk-secret');
    }
  });
});
