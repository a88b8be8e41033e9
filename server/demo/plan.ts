/**
 * Deciding what the demo "model" does with a request: which items it outputs (reasoning, text,
 * function calls, a refusal, JSON) and how the response ends (the demo-* models and max_output_tokens).
 */
import type { FunctionTool, JsonMap } from './request';
import { functionCalls, functionTools, isMap, lastUserText, toolOutputs } from './request';
import { estimateTokens } from './response-object';
import type { Rng } from './rng';
import { valueForSchema } from './schema-args';
import { brokenArguments } from './invalid-args';
import { toolsForText } from './tool-pick';
import type { Ending, Plan, PlannedItem } from './sequence';
import { plannedTokens } from './sequence';
import type { StoredResponse } from './store';
import {
  fillerTokens,
  markdownAnswer,
  reasoningSummaries,
  REFUSAL_TEXT,
  toolResultsAnswer,
} from './text-generator';
import type { AnswerContext } from './text-generator';
import { STREAM_ERROR_MESSAGE } from './errors';
import { compactedState } from './compaction';
import { fitTokens, tokenizeJson, tokenizeText } from './tokens';

export interface PlanInput {
  body: JsonMap;
  model: string;
  /** The request's input items. */
  items: JsonMap[];
  /** The previous_response_id chain, oldest first (empty for a fresh request). */
  chain: StoredResponse[];
  rng: Rng;
  /** `metadata.demo_deltas`: force this many text deltas. */
  forcedDeltas?: number;
  /** Whether the next call to this function gets arguments that break its schema (demo_invalid_args). */
  breaksArguments?: (name: string) => boolean;
  /** The conversation the request is sent in: its items so far are the context. */
  conversation?: { id: string; items: JsonMap[] };
}

export interface PlanResult {
  plan: Plan;
  userText: string;
  turn: number;
}

/**
 * Function tools the model calls, after tool_choice, parallel_tool_calls and max_tool_calls. Under
 * `auto` (or none given) only the tools the user's text names or describes (see tool-pick.ts), so
 * small talk gets a text answer; `required` falls back to every allowed tool when none is named.
 */
export function callableTools(body: JsonMap, userText = ''): FunctionTool[] {
  const tools = functionTools(body);
  const choice = body.tool_choice;
  let allowed = tools;
  if (choice === 'none') return [];
  if (isMap(choice)) {
    if (choice.type === 'function') allowed = tools.filter((t) => t.name === choice.name);
    else if (choice.type === 'allowed_tools' && Array.isArray(choice.tools)) {
      const names = new Set(choice.tools.filter(isMap).map((t) => t.name));
      allowed = pickFor(
        tools.filter((t) => names.has(t.name)),
        userText,
        choice.mode === 'required',
      );
    } else return [];
  } else allowed = pickFor(tools, userText, choice === 'required');
  if (body.parallel_tool_calls === false) allowed = allowed.slice(0, 1);
  if (typeof body.max_tool_calls === 'number') allowed = allowed.slice(0, Math.max(0, body.max_tool_calls));
  // The API takes at most 128 tools; more would only make one plan longer.
  return allowed.slice(0, 128);
}

function pickFor(tools: FunctionTool[], userText: string, required: boolean): FunctionTool[] {
  const picked = toolsForText(tools, userText);
  return picked.length === 0 && required ? tools : picked;
}

/**
 * Input tokens of a request as the demo counts them (the same figure its usage reports, and what
 * `POST /v1/responses/input_tokens` answers): the earlier turns of the chain plus this request's own.
 */
export function estimateInputTokens(
  body: JsonMap,
  chain: StoredResponse[],
): { total: number; history: number } {
  const history = chain.reduce(
    (n, entry) => n + (entry.response.usage?.input_tokens ?? 0) + (entry.response.usage?.output_tokens ?? 0),
    0,
  );
  const own = estimateTokens(JSON.stringify([body.instructions ?? '', body.input ?? '', body.tools ?? []]));
  return { total: history + own + 8, history };
}

export function planResponse(input: PlanInput): PlanResult {
  const { body, rng, chain, items } = input;
  const last = chain.at(-1);
  const compacted = compactedState(items);
  const earlier = input.conversation?.items ?? [];
  // The words of this request itself: they alone decide which tools to call, so a follow-up with no
  // words of its own does not repeat the calls an earlier turn asked for.
  const ownText = lastUserText(items);
  const userText = ownText || last?.userText || lastUserText(earlier) || compacted?.userText || '';
  // In a conversation, each earlier answer (its own, or items it was seeded with) is a turn.
  const answered = earlier.filter((item) => item.type === 'message' && item.role === 'assistant').length;
  const turn = (input.conversation ? answered : (last?.turn ?? compacted?.turns ?? 0)) + 1;
  const ctx: AnswerContext = { rng, userText, turn };
  if (input.conversation) ctx.conversationId = input.conversation.id;
  else if (last) ctx.previousResponseId = last.response.id;
  const outputs = toolOutputs(items);
  const tools = callableTools(body, ownText);
  const format = isMap(body.text) && isMap(body.text.format) ? body.text.format : undefined;

  const planned: PlannedItem[] = [];
  let intent: string;
  if (input.model === 'demo-refusal') {
    intent = 'This is not something I can help with.';
    planned.push({ kind: 'refusal', tokens: tokenizeText(REFUSAL_TEXT) });
  } else if (outputs.length > 0) {
    const known = [
      ...functionCalls(items),
      ...chain.flatMap((entry) => [...functionCalls(entry.response.output), ...functionCalls(entry.input)]),
    ];
    intent = `I have ${outputs.length} tool output(s) to report back.`;
    planned.push(message(toolResultsAnswer(outputs, known, ctx), input.forcedDeltas));
  } else if (tools.length > 0) {
    intent = `I will call ${tools.map((t) => t.name.slice(0, 64)).join(', ')} in parallel.`;
    for (const tool of tools) {
      const valid = valueForSchema(tool.parameters, { rng, text: userText });
      const args = input.breaksArguments?.(tool.name)
        ? brokenArguments(valid, tool.parameters)
        : JSON.stringify(valid);
      planned.push({ kind: 'function_call', name: tool.name, tokens: tokenizeJson(args) });
    }
  } else if (format?.type === 'json_schema' && isMap(format.schema)) {
    intent = `The answer must be JSON matching the schema "${typeof format.name === 'string' ? format.name : 'response'}".`;
    const json = JSON.stringify(valueForSchema(format.schema, { rng, text: userText }));
    planned.push({ kind: 'message', tokens: tokenizeJson(json) });
  } else if (format?.type === 'json_object') {
    intent = 'The answer must be a JSON object.';
    const json = JSON.stringify({ answer: 'Hello from the demo backend 👋', input: userText, turn });
    planned.push({ kind: 'message', tokens: tokenizeJson(json) });
  } else {
    intent = 'I will answer with a short Markdown overview.';
    planned.push(message(markdownAnswer(ctx), input.forcedDeltas));
  }
  if (isMap(body.reasoning)) {
    const summaries = reasoningSummaries(ctx, intent).map(tokenizeText);
    planned.unshift({ kind: 'reasoning', summaries, hiddenTokens: rng.int(64, 256) });
  }

  const total = plannedTokens(planned);
  const { total: inputTokens, history } = estimateInputTokens(body, chain);
  return {
    plan: {
      items: planned,
      ending: ending(input.model, body.max_output_tokens, total),
      inputTokens,
      cachedTokens: history >= 1024 ? Math.floor(history / 128) * 128 : 0,
    },
    userText,
    turn,
  };
}

function message(text: string, forcedDeltas: number | undefined): PlannedItem {
  const tokens = tokenizeText(text);
  if (forcedDeltas === undefined || forcedDeltas < 1) return { kind: 'message', tokens };
  return {
    kind: 'message',
    tokens: fitTokens(tokens, forcedDeltas, fillerTokens),
  };
}

function ending(model: string, maxOutputTokens: unknown, total: number): Ending {
  const part = (share: number) => Math.max(1, Math.floor(total * share));
  switch (model) {
    case 'demo-incomplete':
      return { kind: 'incomplete', budget: part(0.4) };
    case 'demo-error-event':
      return { kind: 'failed', budget: part(0.35), message: STREAM_ERROR_MESSAGE };
    case 'demo-cut':
      return { kind: 'cut', budget: part(0.3) };
  }
  if (typeof maxOutputTokens === 'number' && maxOutputTokens < total) {
    return { kind: 'incomplete', budget: maxOutputTokens };
  }
  return { kind: 'completed' };
}
