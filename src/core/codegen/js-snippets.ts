import { KEY_ENV, type CodeRequest } from './code-request';
import { jsString } from './literals';

/** An object key; `__proto__` is computed, since as a plain key it would set the prototype, not a property. */
const jsKey = (name: string) =>
  name === '__proto__' ? `["__proto__"]` : /^[A-Za-z_$][\w$]*$/.test(name) ? name : jsString(name);
const jsHeaderValue = (h: CodeRequest['headers'][number]) =>
  h.env ? `process.env[${jsString(h.env)}]` : jsString(h.value);

/** A JSON value as a JavaScript literal, indented by 2 spaces per level. */
export function jsLiteral(value: unknown, pad = ''): string {
  if (typeof value === 'string') return jsString(value);
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${pad}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${jsLiteral(v, inner)}`).join(',\n')}\n${pad}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${jsKey(k)}: ${jsLiteral(v, inner)}`).join(',\n')}\n${pad}}`;
}

/** The body as a JavaScript object literal. */
function jsBody(request: CodeRequest, pad: string): string {
  return jsLiteral(request.body, pad);
}

const STREAM_LOOP = `// Streamed: the answer arrives as server-sent events; print the text as it comes.
const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
let buffer = '';
for (;;) {
  const { value, done } = await reader.read();
  if (done) break;
  buffer += value.replace(/\\r\\n?/g, '\\n');
  let end;
  while ((end = buffer.indexOf('\\n\\n')) >= 0) {
    const frame = buffer.slice(0, end);
    buffer = buffer.slice(end + 2);
    const data = frame
      .split('\\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\\n');
    if (!data || data === '[DONE]') continue;
    const event = JSON.parse(data);
    if (event.type === 'response.output_text.delta') process.stdout.write(event.delta);
    else if (event.type === 'response.output_item.done' && event.item.type === 'function_call')
      console.log(\`\\n\${event.item.name}(\${event.item.arguments}) call_id=\${event.item.call_id}\`);
    else if (event.type === 'response.completed') console.log(\`\\n\\n\${event.response.id} completed\`);
    else if (event.type === 'error' || event.type === 'response.failed') console.error(\`\\n\${data}\`);
  }
}
`;

/** JavaScript (Node 18+, ES module) with fetch; a streamed request reads the event stream itself. */
export function jsFetchSnippet(request: CodeRequest): string {
  const headers = [
    `'Content-Type': 'application/json'`,
    `Authorization: \`Bearer \${process.env.${KEY_ENV}}\``,
    ...request.headers.map((h) => `${jsKey(h.name)}: ${jsHeaderValue(h)}`),
  ];
  const head = `// Node 18+ (save as .mjs). The key is read from $${KEY_ENV}.
const response = await fetch(${jsString(request.url)}, {
  method: 'POST',
  headers: {
    ${headers.join(',\n    ')},
  },
  body: JSON.stringify(${jsBody(request, '  ')}),
});
if (!response.ok) throw new Error(\`HTTP \${response.status}: \${await response.text()}\`);
`;
  const tail = request.stream
    ? STREAM_LOOP
    : `const result = await response.json();\nconsole.log(JSON.stringify(result, null, 2));\n`;
  return `${head}\n${tail}`;
}

/** JavaScript with the official `openai` SDK (npm install openai), base URL from the connection. */
export function jsOpenAiSnippet(request: CodeRequest): string {
  // The base URL always, even OpenAI's: the snippet then says where it goes, and a relay user only
  // changes one line. The SDK appends /responses to it.
  const options = [`baseURL: ${jsString(request.sdkBaseUrl)}`, `apiKey: process.env.${KEY_ENV}`];
  if (request.headers.length > 0) {
    const entries = request.headers.map((h) => `${jsKey(h.name)}: ${jsHeaderValue(h)}`);
    options.push(`defaultHeaders: { ${entries.join(', ')} }`);
  }
  if (request.query.length > 0) {
    const entries = request.query.map(([k, v]) => `${jsKey(k)}: ${jsString(v)}`);
    options.push(`defaultQuery: { ${entries.join(', ')} }`);
  }
  const head = `// npm install openai — Node 18+ (save as .mjs). The key is read from $${KEY_ENV}.
import OpenAI from 'openai';

const client = new OpenAI({
  ${options.join(',\n  ')},
});

const response = await client.responses.create(${jsBody(request, '')});
`;
  const tail = request.stream
    ? `for await (const event of response) {
  if (event.type === 'response.output_text.delta') process.stdout.write(event.delta);
  else if (event.type === 'response.output_item.done' && event.item.type === 'function_call')
    console.log(\`\\n\${event.item.name}(\${event.item.arguments}) call_id=\${event.item.call_id}\`);
  else if (event.type === 'response.completed') console.log(\`\\n\\n\${event.response.id} completed\`);
}
`
    : `console.log(response.id, response.status);
console.log(response.output_text || JSON.stringify(response.output, null, 2));
`;
  return `${head}\n${tail}`;
}
