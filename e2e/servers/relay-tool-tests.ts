/**
 * Scenario `tool-tests`: a model that calls the tools the input names or describes (the demo's
 * rule, server/demo/tool-pick.ts) and answers anything else in text, with markers in the input:
 * `[invalid]` breaks every call's arguments against its schema (server/demo/invalid-args.ts), and
 * `[flaky]` makes every second request with the same input answer in text instead, so N runs of
 * that test pass exactly ⌈N/2⌉ times, whatever the order.
 */
import { brokenArguments } from '../../server/demo/invalid-args';
import { functionTools, inputItems, lastUserText } from '../../server/demo/request';
import { toolsForText } from '../../server/demo/tool-pick';
import type { RelayContext } from './relay-context';
import { renumber, writeScript, answerAsJson } from './relay-context';
import { RELAY_TEXT, RelayResponse } from './relay-events';

const seen = new Map<string, number>();

export async function respondToolTests(ctx: RelayContext): Promise<void> {
  const r = new RelayResponse(ctx.body);
  const body = ctx.body ?? {};
  const text = lastUserText(inputItems(body));
  const count = (seen.get(text) ?? 0) + 1;
  seen.set(text, count);
  const tools = text.includes('[flaky]') && count % 2 === 0 ? [] : toolsForText(functionTools(body), text);
  const invalid = text.includes('[invalid]');
  const answer =
    tools.length === 0
      ? r.message(RELAY_TEXT)
      : r.functionCalls(tools, (tool, valid) =>
          invalid ? brokenArguments(valid, tool.parameters) : JSON.stringify(valid),
        );
  const script = {
    frames: [...r.start(), ...answer, r.completed()],
    framing: { style: 'openai' as const, paceMs: 5 },
  };
  renumber(script.frames);
  await (ctx.stream ? writeScript(ctx, script) : answerAsJson(ctx, script));
}
