/** What is measured about one run: timings, tokens, events, HTTP facts and cost. */
import { runFigures } from '../response/selectors';
import type { ResponseView, Usage } from '../response/types';
import type { ModelPrice } from '../endpoints/profile';
import type { RunMeasures } from './types';

/**
 * The measures of a run from its view. The request id comes from the response headers, else from
 * the error (new-api puts `(request id: …)` in its messages). The cost needs a price and usage.
 *
 * @param view the run's view (live or finished)
 * @param price the price of the model the column asked for, when the profile has one
 */
export function runMeasures(view: ResponseView, price?: ModelPrice): RunMeasures {
  const { ttftMs, totalMs, tokensPerSecond } = runFigures(view);
  const usage = view.usage;
  const measures: RunMeasures = {
    ttftMs,
    totalMs,
    tokensPerSecond,
    inputTokens: usage?.inputTokens,
    cachedTokens: usage?.cachedTokens,
    outputTokens: usage?.outputTokens,
    reasoningTokens: usage?.reasoningTokens,
    eventCount: view.eventCount,
    httpStatus: view.httpStatus,
    requestId: view.requestId ?? view.error?.requestId,
    cost: price && usage ? costOf(usage, price) : undefined,
  };
  return measures;
}

/**
 * The cost of a usage at a price (per million tokens). Cached input tokens are part of the input
 * tokens and billed at the cached price (the input price when none is set). Undefined without
 * input and output token counts.
 */
export function costOf(usage: Usage, price: ModelPrice): number | undefined {
  const { inputTokens, outputTokens } = usage;
  if (inputTokens === undefined || outputTokens === undefined) return undefined;
  const cached = Math.min(usage.cachedTokens ?? 0, inputTokens);
  const fresh = inputTokens - cached;
  return (
    (fresh * price.input + cached * (price.cachedInput ?? price.input) + outputTokens * price.output) / 1e6
  );
}

/** The price for `model` among a profile's prices (exact name first, then ignoring case). */
export function priceFor(
  prices: readonly ModelPrice[] | undefined,
  model: string | undefined,
): ModelPrice | undefined {
  if (!prices || !model) return undefined;
  const name = model.trim();
  return (
    prices.find((p) => p.model === name) ?? prices.find((p) => p.model.toLowerCase() === name.toLowerCase())
  );
}
