/**
 * The stream shapes the browser bench measures, as complete Responses SSE bodies: what a model
 * sends when it writes many paragraphs, one endless paragraph, one long code fence, one huge
 * function-call argument, or four calls at once. Deltas are token-sized (3–9 characters).
 */
export const SHAPES = [
  'paragraphs',
  'one-paragraph',
  'code-fence',
  'function-call',
  'parallel-calls',
] as const;
export type Shape = (typeof SHAPES)[number];

const WORDS = ['stream', 'delta', 'render', 'frame', 'budget', 'model', 'answer', 'token', 'layout', 'chunk'];

/** Token-sized pieces of the text for `shape`, `deltas` of them. */
function pieces(shape: Shape, deltas: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < deltas; i++) {
    const word = WORDS[i % WORDS.length] ?? 'x';
    switch (shape) {
      case 'paragraphs':
        out.push(
          i % 60 === 59
            ? ' end.\n\n'
            : i % 60 === 0
              ? `Paragraph ${i / 60}: **${word}**`
              : i % 13 === 0
                ? ` \`${word}\``
                : ` ${word}`,
        );
        break;
      case 'one-paragraph':
        out.push(i % 12 === 11 ? ` ${word}${i}.` : i === 0 ? 'Paragraph 0: one' : ` ${word}`);
        break;
      case 'code-fence':
        out.push(
          i === 0 ? '```ts\n' : i % 8 === 7 ? `(${i});\n` : i % 8 === 0 ? `const ${word}${i} =` : ` ${word}`,
        );
        break;
      case 'function-call':
      case 'parallel-calls':
        // Inside a JSON string: a file's content, escaped as a model sends it.
        out.push(i % 8 === 7 ? `(${i});\\n` : ` ${word}`);
    }
  }
  if (shape === 'code-fence') out.push('\n```\n');
  return out;
}

const sse = (type: string, seq: number, fields: Record<string, unknown>) =>
  `event: ${type}\ndata: ${JSON.stringify({ type, sequence_number: seq, ...fields })}\n\n`;

/** The whole SSE body of one response of `shape` with `deltas` deltas. */
export function shapeBody(shape: Shape, deltas: number): string {
  const parts: string[] = [];
  let seq = 0;
  const send = (type: string, fields: Record<string, unknown>) => parts.push(sse(type, seq++, fields));
  const id = `resp_bench_${shape}`;
  const response = (status: string, output: unknown[]) => ({
    id,
    object: 'response',
    created_at: 1_700_000_000,
    status,
    model: 'bench',
    output,
    usage:
      status === 'completed' ? { input_tokens: 10, output_tokens: deltas, total_tokens: deltas + 10 } : null,
  });
  send('response.created', { response: response('in_progress', []) });
  send('response.in_progress', { response: response('in_progress', []) });
  const text = pieces(shape, deltas);
  const items: Record<string, unknown>[] = [];
  if (shape === 'function-call' || shape === 'parallel-calls') {
    const calls = shape === 'function-call' ? 1 : 4;
    const args = Array.from({ length: calls }, () => ['{"path":"src/generated.ts","content":"']);
    for (let c = 0; c < calls; c++) {
      const item = {
        id: `fc_${c}`,
        type: 'function_call',
        status: 'in_progress',
        call_id: `call_${c}`,
        name: 'write_file',
        arguments: '',
      };
      send('response.output_item.added', { output_index: c, item });
      send('response.function_call_arguments.delta', {
        item_id: `fc_${c}`,
        output_index: c,
        delta: args[c]![0],
      });
    }
    text.forEach((delta, i) => {
      const c = i % calls;
      args[c]!.push(delta);
      send('response.function_call_arguments.delta', { item_id: `fc_${c}`, output_index: c, delta });
    });
    for (let c = 0; c < calls; c++) {
      args[c]!.push('"}');
      send('response.function_call_arguments.delta', { item_id: `fc_${c}`, output_index: c, delta: '"}' });
      const full = args[c]!.join('');
      send('response.function_call_arguments.done', { item_id: `fc_${c}`, output_index: c, arguments: full });
      const item = {
        id: `fc_${c}`,
        type: 'function_call',
        status: 'completed',
        call_id: `call_${c}`,
        name: 'write_file',
        arguments: full,
      };
      send('response.output_item.done', { output_index: c, item });
      items.push(item);
    }
  } else {
    const at = { item_id: 'msg_0', output_index: 0, content_index: 0 };
    send('response.output_item.added', {
      output_index: 0,
      item: { id: 'msg_0', type: 'message', status: 'in_progress', role: 'assistant', content: [] },
    });
    send('response.content_part.added', { ...at, part: { type: 'output_text', text: '', annotations: [] } });
    for (const delta of text) send('response.output_text.delta', { ...at, delta, logprobs: [] });
    const full = text.join('');
    send('response.output_text.done', { ...at, text: full, logprobs: [] });
    const part = { type: 'output_text', text: full, annotations: [] };
    send('response.content_part.done', { ...at, part });
    const item = { id: 'msg_0', type: 'message', status: 'completed', role: 'assistant', content: [part] };
    send('response.output_item.done', { output_index: 0, item });
    items.push(item);
  }
  send('response.completed', { response: response('completed', items) });
  return parts.join('');
}

/**
 * The last numbered delta, as the app shows it (Markdown rendered) and as the bare page shows it
 * (raw): once it is on screen, the whole answer is.
 */
export function lastWords(shape: Shape, deltas: number): { shown: string; raw: string } {
  const last = pieces(shape, deltas)
    .filter((p) => /\d/.test(p))
    .at(-1);
  const raw = (last ?? '').replace(/\\n|\n/g, '').trim();
  return { shown: raw.replace(/\*\*|`/g, ''), raw };
}
