/** Reading what the doctor's probes got back: model ids, output items, usage fields, framing. */
import { isObject, type JsonObject } from '../json';
import type { RunError } from '../response/types';
import { said as runErrorSaid } from '../api/run-error-messages';
import type { DoctorText, DoctorWords, WordedValue } from './doctor-messages';
import type { StreamFraming } from './doctor-types';

/** Model ids from a `/v1/models` body (`{data}`, `{models}` or a bare array). */
export function modelIds(body: unknown): string[] {
  const list = Array.isArray(body) ? body : isObject(body) ? (body.data ?? body.models) : undefined;
  if (!Array.isArray(list)) return [];
  const ids = list.map((item: unknown) =>
    typeof item === 'string' ? item : isObject(item) ? (item.id ?? item.name ?? item.model) : undefined,
  );
  return [...new Set(ids.filter((id): id is string => typeof id === 'string' && id.trim() !== ''))];
}

/** The `output` items of a Response object (empty when missing). */
export function outputItems(response: unknown): JsonObject[] {
  if (!isObject(response) || !Array.isArray(response.output)) return [];
  return response.output.filter(isObject);
}

const USAGE_PATHS = [
  'input_tokens',
  'output_tokens',
  'total_tokens',
  'input_tokens_details.cached_tokens',
  'output_tokens_details.reasoning_tokens',
];

/** Which usage fields a Response carries, as dotted paths. */
export function usageFields(response: unknown): string[] {
  if (!isObject(response) || !isObject(response.usage)) return [];
  const usage = response.usage;
  return USAGE_PATHS.filter((path) => {
    const [head = '', tail] = path.split('.');
    const value = tail ? (isObject(usage[head]) ? usage[head][tail] : undefined) : usage[head];
    return typeof value === 'number';
  });
}

/** A one-line description of how a stream was framed (parts of a list). */
export function framingSummary(f: StreamFraming): DoctorWords {
  const parts: DoctorText[] = [
    { key: f.eventLines ? 'framingEventLines' : 'framingDataOnly' },
    { key: f.doneMarker ? 'framingDone' : 'framingNoDone' },
  ];
  const keepAlives = f.keepAliveComments + f.keepAliveEvents;
  if (keepAlives > 0)
    parts.push({
      key: 'framingKeepAlives',
      params: { comments: f.keepAliveComments, events: f.keepAliveEvents },
    });
  else parts.push({ key: 'framingNoKeepAlives' });
  if (!f.sequenceNumbers) parts.push({ key: 'framingNoSequence' });
  parts.push(
    f.terminal ? { key: 'framingEnded', params: { terminal: f.terminal } } : { key: 'framingNoTerminal' },
  );
  if (f.firstByteMs !== undefined)
    parts.push({ key: 'framingFirstByte', params: { ms: Math.round(f.firstByteMs) } });
  return { text: parts, list: true };
}

/**
 * `HTTP 404: message` for a failed probe (or the network message), with its words when the message
 * is one of our sentences (a refused port, an HTML page …) so the doctor can word it in the UI language.
 */
export function failureText(status: number | undefined, error: RunError): WordedValue {
  if (status === undefined)
    return error.text ? { english: error.message, text: error.text } : { english: error.message };
  const { message, text } = runErrorSaid(
    'withStatus',
    { status, detail: error.message },
    { detail: error.text },
  );
  return error.text ? { english: message, text } : { english: message };
}

/** True when an error says the server does not have this route at all. */
export function isMissingRoute(status: number | undefined): boolean {
  return status === 404 || status === 405 || status === 501;
}

/** True when a failed follow-up was refused because of previous_response_id. */
export function refusedPreviousId(status: number | undefined, error: RunError): boolean {
  if (status === undefined || status >= 500) return false;
  if (error.code === 'previous_response_not_found' || error.param === 'previous_response_id') return true;
  return /previous[_ ]response/i.test(error.message) || status === 400 || status === 404 || status === 422;
}
