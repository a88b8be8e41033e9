/**
 * The demo's prose: a Markdown answer that mentions the user's input, an answer quoting tool outputs,
 * reasoning summaries, a refusal and filler for benchmark-length streams. Chosen by a seeded Rng.
 */
import type { CallRecord, ToolOutput } from './request';
import { looksChinese } from './request';
import type { Rng } from './rng';
import { topic } from './schema-args';
import { tokenizeText } from './tokens';

export interface AnswerContext {
  rng: Rng;
  /** The user's latest message ('' when there is none). */
  userText: string;
  /** 1 for a fresh request, n for the n-th response of a previous_response_id chain. */
  turn: number;
  previousResponseId?: string;
  /** The conversation the request was sent in, if any. */
  conversationId?: string;
}

const LINKS = [
  ['Responses API reference', 'https://platform.openai.com/docs/api-reference/responses'],
  ['streaming guide', 'https://platform.openai.com/docs/guides/streaming-responses'],
  ['MDN: Server-sent events', 'https://developer.mozilla.org/en-US/docs/Web/API/Server-sent_events'],
] as const;

/** Inline text without characters that would break the Markdown around it. */
function inline(text: string, max = 80): string {
  return (
    topic(text, max)
      .replace(/[`*_[\]<>]/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim() || '…'
  );
}

function codeSample(rng: Rng, subject: string): string {
  const literal = JSON.stringify(subject);
  const samples = [
    `\`\`\`ts\nconst reply = await fetch('/demo/v1/responses', {\n  method: 'POST',\n  body: JSON.stringify({ model: 'gpt-4.1', input: ${literal}, stream: true }),\n});\nconsole.log(reply.status); // 200\n\`\`\``,
    `\`\`\`python\nfrom openai import OpenAI\n\nclient = OpenAI()\nstream = client.responses.create(model="gpt-4.1", input=${literal}, stream=True)\nfor event in stream:\n    print(event.type)\n\`\`\``,
    `\`\`\`bash\ncurl -N "$BASE_URL/v1/responses" \\\n  -H "Content-Type: application/json" \\\n  -d '{"model": "gpt-4.1", "input": "hello", "stream": true}'\n\`\`\``,
  ];
  return rng.pick(samples);
}

/** The default answer: heading, list, `code`, a fenced block, a link, **bold**, CJK and emoji. */
export function markdownAnswer(ctx: AnswerContext): string {
  const { rng } = ctx;
  const subject = inline(ctx.userText || 'Hello!', 120);
  const [label, url] = rng.pick(LINKS);
  const code = codeSample(rng, subject);
  const from = ctx.previousResponseId
    ? `from \`${ctx.previousResponseId}\``
    : ctx.conversationId
      ? `in \`${ctx.conversationId}\``
      : 'a compacted thread';
  const thread = ctx.turn > 1 ? ` (turn ${ctx.turn}, continuing ${from})` : '';
  if (looksChinese(ctx.userText)) {
    return [
      `## ${rng.pick(['✨', '🚀', '💡'])} 演示回答${thread}`,
      '',
      `你问的是：「${subject}」。这是内置 **demo 后端** 的流式回答，文字会被拆成许多小的 \`delta\` 逐个送达 👋。`,
      '',
      `- **流式输出**：每个片段都是一个 \`response.output_text.delta\` 事件。`,
      `- **函数调用**：在请求里加上 \`tools\`，就能看到并行的 \`function_call\`。`,
      `- **多轮对话**：用 \`previous_response_id\` 继续这个话题 🧵。`,
      '',
      code,
      '',
      `更多信息见 [${label}](${url})。Hello from the demo backend — 祝你玩得开心！🎉`,
    ].join('\n');
  }
  return [
    `## ${rng.pick(['✨', '🚀', '💡'])} ${rng.pick(['Demo answer', 'Here is what I found', 'A streamed reply'])}${thread}`,
    '',
    `You asked: “${subject}”. This answer comes from the built-in **demo backend** and arrives as many small \`delta\` events 👋.`,
    '',
    `- **Streaming**: each piece is a \`response.output_text.delta\` event.`,
    `- **Function calls**: add \`tools\` to the request to see parallel \`function_call\` items.`,
    `- **Threads**: continue with \`previous_response_id\` 🧵.`,
    '',
    code,
    '',
    `Read more in the [${label}](${url}). 你好，世界！Have fun 🎉`,
  ].join('\n');
}

const MAX_QUOTE = 8_000;
const MAX_QUOTED_OUTPUTS = 128;

/**
 * An answer that uses (and quotes verbatim) the tool outputs it was given: the first 128, 8 000
 * characters each at most, so a hostile request cannot make one answer (and its tokenizing) huge.
 */
export function toolResultsAnswer(all: ToolOutput[], knownCalls: CallRecord[], ctx: AnswerContext): string {
  const outputs = all.slice(0, MAX_QUOTED_OUTPUTS);
  const byId = new Map<string, CallRecord>();
  for (const call of knownCalls) if (!byId.has(call.callId)) byId.set(call.callId, call);
  const chinese = looksChinese(ctx.userText);
  const lines = [
    chinese ? `## ✅ 工具结果` : `## ✅ Tool results`,
    '',
    chinese
      ? `收到 **${all.length}** 个工具输出，结果如下 🧰：`
      : `I received **${all.length}** tool output${all.length === 1 ? '' : 's'} and used them below 🧰 (工具结果):`,
  ];
  for (const output of outputs) {
    const call = byId.get(output.callId);
    const args = call?.arguments && call.arguments !== '{}' ? ` with \`${inline(call.arguments, 120)}\`` : '';
    lines.push('', `### \`${call?.name ?? 'function'}\` (\`${output.callId}\`)${args}`, '');
    // Verbatim up to a bound: a multi-megabyte output would make one answer (and its tokenizing) huge.
    const quoted = output.output.length > MAX_QUOTE ? `${output.output.slice(0, MAX_QUOTE)}…` : output.output;
    for (const line of quoted.split('\n')) lines.push(`> ${line}`);
  }
  const names = outputs.map((o) => `\`${byId.get(o.callId)?.name ?? o.callId}\``);
  lines.push(
    '',
    chinese
      ? `**总结**：${names.join('、')} 都已返回，以上内容直接引用了它们的输出。`
      : `**Summary**: ${names.join(', ')} returned; the quotes above are their outputs, verbatim.`,
  );
  return lines.join('\n');
}

/** Reasoning summary parts (each starts with a bold title, as real summaries do). */
export function reasoningSummaries(ctx: AnswerContext, plan: string): string[] {
  const subject = inline(ctx.userText || 'the request', 60);
  return [
    `**Understanding the request**\n\nThe user wrote “${subject}”. I should work out what is being asked and which details matter. 先理解问题。`,
    `**Planning the answer**\n\n${plan} I will keep it short and well structured 🧠.`,
  ];
}

export const REFUSAL_TEXT = "I'm sorry, but I can't help with that request. 抱歉，我无法协助处理这个请求。";

const FILLER_TAIL =
  ': the demo backend keeps streaming small deltas so long outputs can be measured — 流式输出测试 ⏱️. Markdown stays valid, with **bold** and `code` in every paragraph.';
let fillerTail: string[] | undefined;

/** Tokens of filler paragraph `round` for forced long streams (`metadata.demo_deltas`); cached, as benchmarks ask for 100 000. */
export function fillerTokens(round: number): string[] {
  fillerTail ??= tokenizeText(FILLER_TAIL);
  return ['\n\n', 'Paragraph', ` ${round + 1}`, ...fillerTail];
}
