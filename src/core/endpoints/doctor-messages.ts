/**
 * The doctor's result sentences, by id. The core returns data, not prose: each check carries its
 * sentences as ids with values (`DoctorCheck.text`), so the doctor panel can word them in the user's
 * language (`doctor:results.<id>` in src/i18n); `summary` keeps the English made from these templates
 * for cards saved by older versions, logs and tests. The English catalogue must stay equal to these
 * templates (checked by a test in the connection feature). Placeholders use the i18next syntax.
 * A server's own words (`{{failure}}`, `{{text}}`) are values and stay as they came.
 */
import type { ErrorText } from '../response/types';
import { fillTemplate } from '../template';
import type { MessageParams } from '../tools/lint-messages';

export const DOCTOR_MESSAGES = {
  verbatim: '{{text}}',
  corsPassed: 'The browser allowed a request with the headers Send uses.',
  corsBrowserBlocked:
    'The server is reachable but the browser blocked the request: it does not allow cross-origin requests from this page (CORS).',
  corsUnreachableOrigin: 'Could not reach {{origin}}: the server may be offline or the URL wrong.',
  corsUnreachable: 'Could not reach the endpoint: {{cause}}',
  corsProxySilent: 'The local proxy did not answer: {{cause}}',
  corsNoAllowOrigin:
    'The endpoint sends no Access-Control-Allow-Origin header (the preflight answered HTTP {{status}}): browsers block every request from this page.',
  corsPreflightStatus: 'The preflight (OPTIONS) answered HTTP {{status}}; browsers need a 2xx.',
  corsOtherOrigin: 'The endpoint allows the origin {{allowed}}, not this page ({{origin}}).',
  corsHeaderNotAllowed: 'The preflight does not allow the header {{headers}}.',
  corsHeadersNotAllowed: 'The preflight does not allow the headers {{headers}}.',
  corsLenient:
    'Allowed only by Access-Control-Allow-Headers: *, which per the Fetch spec does not cover Authorization; today’s browsers accept it, stricter ones may not.',
  corsAllowedAny: 'Origin *; headers allowed: {{headers}}.',
  corsAllowedAnyNoHeaders: 'Origin *; headers allowed: (none needed).',
  corsAllowedOrigin: 'Origin allowed; headers allowed: {{headers}}.',
  corsAllowedOriginNoHeaders: 'Origin allowed; headers allowed: (none needed).',
  corsViaProxy: 'The other probes went through the local proxy.',
  skipUnreachable: 'Skipped: the endpoint could not be reached.',
  skipCors:
    'Skipped: the browser cannot call this endpoint from this page. Start the playground with `npm start` and tick "Use local proxy".',
  skipNoModel: 'Skipped: no model to test with. Type one in the Model field.',
  skipNoResponsesRoute: 'Skipped: this endpoint has no /v1/responses.',
  skipResponsesFailed: 'Skipped: POST /v1/responses failed.',
  skipNoId: 'Skipped: the plain response had no id.',
  skipNoBackgroundCancel: 'Skipped: no background response to cancel.',
  skipNoBackgroundResume: 'Skipped: no background response to resume.',
  modelsFailed: 'The model list failed ({{failure}}); type a model name.',
  modelsEmpty: 'The model list is empty; type a model name.',
  modelsOne: '1 model: {{ids}}',
  modelsMany: '{{count}} models: {{ids}}',
  responsesMissing: 'No Responses API here ({{failure}}). This endpoint does not serve /v1/responses.',
  responsesOk: 'HTTP {{status}}, status {{state}}, id {{id}}',
  responsesNoId: 'HTTP {{status}}, but the answer has no response id.',
  streamJson: 'Answered JSON although the request asked for stream: true.',
  framingEventLines: '`event:` + `data:` lines',
  framingDataOnly: '`data:` lines only (no `event:`)',
  framingDone: 'ends with [DONE]',
  framingNoDone: 'no [DONE]',
  framingKeepAlives: 'keep-alives: {{comments}} comment(s), {{events}} keepalive event(s)',
  framingNoKeepAlives: 'no keep-alives seen',
  framingNoSequence: 'no sequence_number',
  framingEnded: 'ended with {{terminal}}',
  framingNoTerminal: 'no terminal event',
  framingFirstByte: 'first byte after {{ms}} ms',
  storeOk: 'Stored: GET /v1/responses/{id} returns the response.',
  storeNotStored: 'GET /v1/responses/{id} answered, but not with the stored response.',
  storeFailed: 'Not retrievable ({{failure}}).',
  chainingOk: 'A follow-up with previous_response_id was accepted: chaining works.',
  chainingRefused: '{{failure}} Follow-ups on this endpoint should replay the conversation.',
  chainingUndecided: 'Undecided: {{failure}}',
  usageFields: '{{fields}}',
  usageAlsoStreamed: '{{fields}}; also in the streamed response',
  usageNotStreamed: '{{fields}}; missing in the streamed response',
  usageNone: 'No usage in the response.',
  functionsOk: 'function_call {{name}} with call_id and JSON arguments.',
  functionsMalformed: 'A function_call came back, but without a call_id or with arguments that are not JSON.',
  functionsNone: 'No function_call came back although tool_choice was "required".',
  reasoningOk: 'Reasoning items come back (with `reasoning` set).',
  reasoningNone: 'No reasoning items: the model does not reason, or the relay drops them.',
  reasoningRefused: 'The request with `reasoning` was refused ({{failure}}); not a reasoning model?',
  apiUnsupported: 'Not supported here: {{failure}}.',
  backgroundFailed: 'A background request failed: {{failure}}',
  backgroundIgnored:
    'The request was answered, but not as a background response: this endpoint ignores `background`.',
  backgroundOk: 'Background mode works (status {{state}}).',
  cancelOk: 'POST /v1/responses/{id}/cancel works.',
  cancelRouteExists: 'The route exists ({{failure}}).',
  cancelFailed: 'Cancelling failed: {{failure}}',
  resumeOk: 'GET /v1/responses/{id}?stream=true&starting_after=N streams the events again.',
  resumeNotStream: 'GET …?stream=true answered, but not with an event stream.',
  resumeFailed: 'Resuming the stream failed: {{failure}}',
  inputItemsOk: '{{count}} input item(s) listed.',
  inputItemsNotList: 'The answer is not a list.',
  inputItemsFailed: 'Listing input items failed: {{failure}}',
  inputTokensOk: '{{count}} input tokens for the test request.',
  inputTokensMissing: 'No input_tokens in the answer.',
  inputTokensFailed: 'Counting tokens failed: {{failure}}',
  compactOk: 'Compacted into {{count}} item(s).',
  compactNoOutput: 'The answer has no output list.',
  compactFailed: 'Compacting failed: {{failure}}',
  conversationsOk: 'Created {{id}} and deleted it.',
  conversationsCreated: 'Created {{id}}.',
  conversationsNoId: 'The answer has no conversation id.',
  conversationsFailed: 'Creating a conversation failed: {{failure}}',
  deleteOk: 'DELETE /v1/responses/{id} works.',
  deleteFailed: 'Deleting failed: {{failure}}',
} as const;

export type DoctorMessageKey = keyof typeof DOCTOR_MESSAGES;

/**
 * One sentence (or list part) of a check's result: its id and values. `nested`: values that are one
 * of our RunError sentences (a probe's failure, `errors:text.<id>`), worded before they are filled in.
 */
export interface DoctorText {
  key: DoctorMessageKey;
  params?: MessageParams;
  nested?: Record<string, ErrorText>;
}

/** A value in English with, when it is one of our RunError sentences, its words (a probe's failure). */
export interface WordedValue {
  english: string;
  text?: ErrorText;
}

/** The values of a doctor sentence: plain, or worded (see {@link WordedValue}). */
export type DoctorParams = Record<string, string | number | WordedValue>;

/**
 * A check's result in words: sentences joined by a space, or (`list`) parts of one line joined by
 * `; ` (the stream framing).
 */
export interface DoctorWords {
  text: DoctorText[];
  list?: true;
}

/** `{key, params}`, short to write at each probe. */
export function said(key: DoctorMessageKey, params?: DoctorParams): DoctorWords {
  if (!params) return { text: [{ key }] };
  const plain: MessageParams = {};
  const nested: Record<string, ErrorText> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'object') plain[name] = value;
    else {
      plain[name] = value.english;
      if (value.text) nested[name] = value.text;
    }
  }
  const text: DoctorText = { key, params: plain };
  if (Object.keys(nested).length > 0) text.nested = nested;
  return { text: [text] };
}

/** The English of a result. */
export function doctorSummary(words: DoctorWords): string {
  return words.text.map((t) => fillTemplate(DOCTOR_MESSAGES[t.key], t.params)).join(words.list ? '; ' : ' ');
}
