import { KEY_ENV, type CodeRequest } from './code-request';
import { pyString } from './literals';

/**
 * A JSON value as a Python literal: `null`/`true`/`false` become `None`/`True`/`False`; strings are
 * plain (never f-) strings with escapes Python reads the same way. Indented by 4 spaces per level.
 */
export function pythonLiteral(value: unknown, pad = ''): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'string') return pyString(value);
  if (typeof value === 'number') return JSON.stringify(value);
  const inner = `${pad}    `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${pythonLiteral(v, inner)}`).join(',\n')},\n${pad}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${pyString(k)}: ${pythonLiteral(v, inner)}`).join(',\n')},\n${pad}}`;
}

const pyHeaderValue = (h: CodeRequest['headers'][number]) =>
  h.env ? `os.environ[${pyString(h.env)}]` : pyString(h.value);

/** Keyword arguments the openai SDK's `responses.create` takes; anything else goes in `extra_body`. */
const SDK_PARAMS = new Set([
  'background',
  'conversation',
  'include',
  'input',
  'instructions',
  'max_output_tokens',
  'max_tool_calls',
  'metadata',
  'model',
  'parallel_tool_calls',
  'previous_response_id',
  'prompt',
  'prompt_cache_key',
  'reasoning',
  'safety_identifier',
  'service_tier',
  'store',
  'stream',
  'stream_options',
  'temperature',
  'text',
  'tool_choice',
  'tools',
  'top_logprobs',
  'top_p',
  'truncation',
  'user',
]);

const STREAM_LOOP = `response.raise_for_status()
response.encoding = "utf-8"  # server-sent events are UTF-8
for line in response.iter_lines(decode_unicode=True):
    if not line or not line.startswith("data:"):
        continue
    data = line[5:].strip()
    if data == "[DONE]":
        break
    event = json.loads(data)
    if event["type"] == "response.output_text.delta":
        print(event["delta"], end="", flush=True)
    elif event["type"] == "response.output_item.done" and event["item"]["type"] == "function_call":
        item = event["item"]
        print(f"\\n{item['name']}({item['arguments']}) call_id={item['call_id']}")
    elif event["type"] == "response.completed":
        print(f"\\n\\n{event['response']['id']} completed")
    elif event["type"] in ("error", "response.failed"):
        print(f"\\n{data}")
`;

/** Python with `requests` (pip install requests); a streamed request reads the event stream line by line. */
export function pythonRequestsSnippet(request: CodeRequest): string {
  const headers = [
    `"Authorization": f"Bearer {os.environ['${KEY_ENV}']}"`,
    `"Content-Type": "application/json"`,
    ...request.headers.map((h) => `${pyString(h.name)}: ${pyHeaderValue(h)}`),
  ];
  const head = `# pip install requests — the key is read from $${KEY_ENV}.
import json
import os

import requests

response = requests.post(
    ${pyString(request.url)},
    headers={
        ${headers.join(',\n        ')},
    },
    json=${pythonLiteral(request.body, '    ')},${request.stream ? '\n    stream=True,' : ''}
)
`;
  const tail = request.stream
    ? STREAM_LOOP
    : `response.raise_for_status()\nprint(json.dumps(response.json(), indent=2, ensure_ascii=False))\n`;
  return `${head}${tail}`;
}

/** Python with the official `openai` SDK (pip install openai), base URL from the connection. */
export function pythonOpenAiSnippet(request: CodeRequest): string {
  // The base URL always (see jsOpenAiSnippet); the SDK appends /responses to it.
  const options = [`base_url=${pyString(request.sdkBaseUrl)}`, `api_key=os.environ[${pyString(KEY_ENV)}]`];
  if (request.headers.length > 0)
    options.push(
      `default_headers={${request.headers.map((h) => `${pyString(h.name)}: ${pyHeaderValue(h)}`).join(', ')}}`,
    );
  if (request.query.length > 0)
    options.push(
      `default_query={${request.query.map(([k, v]) => `${pyString(k)}: ${pyString(v)}`).join(', ')}}`,
    );

  const args: string[] = [];
  // Entries, not `extra[key] = …`: a `__proto__` key would set the prototype and vanish.
  const extra: [string, unknown][] = [];
  for (const [key, value] of Object.entries(request.body)) {
    if (SDK_PARAMS.has(key)) args.push(`${key}=${pythonLiteral(value, '    ')}`);
    else extra.push([key, value]);
  }
  if (extra.length > 0) args.push(`extra_body=${pythonLiteral(Object.fromEntries(extra), '    ')}`);

  const head = `# pip install openai — the key is read from $${KEY_ENV}.
import os

from openai import OpenAI

client = OpenAI(
    ${options.join(',\n    ')},
)

response = client.responses.create(${args.length > 0 ? `\n    ${args.join(',\n    ')},\n` : ''})
`;
  const tail = request.stream
    ? `for event in response:
    if event.type == "response.output_text.delta":
        print(event.delta, end="", flush=True)
    elif event.type == "response.output_item.done" and event.item.type == "function_call":
        print(f"\\n{event.item.name}({event.item.arguments}) call_id={event.item.call_id}")
    elif event.type == "response.completed":
        print(f"\\n\\n{event.response.id} completed")
`
    : `print(response.id, response.status)
print(response.output_text or response.model_dump_json(indent=2))
`;
  return `${head}\n${tail}`;
}
