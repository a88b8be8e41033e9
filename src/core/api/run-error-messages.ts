/**
 * Our own RunError sentences beyond errors.ts and network-error.ts, by id: cut streams, invalid
 * data, cancelling, failed resumes. The core holds no i18n: `message` / `hint` keep the English made
 * from these templates, `text` / `hintText` carry the id and values (`errors:text.<id>`, worded by
 * features/output/run-error-text.ts). A test keeps the English catalogue equal to these templates.
 * A server's own words (`{{detail}}`, `{{preview}}`) are values and stay as they came.
 */
import type { ErrorText, RunError } from '../response/types';
import { fillTemplate } from '../template';

export const RUN_ERROR_MESSAGES = {
  cancelled: 'Cancelled.',
  internalReadError: 'Internal error while reading the response: {{detail}}',
  connectionBroke: 'The connection broke while reading the response ({{detail}}).',
  midEvent:
    'The stream ended in the middle of an event (no blank line after its data); that event was not processed.',
  streamCut: 'The stream ended before the response finished (no response.completed)',
  emptyBody: 'The server answered {{status}} with an empty body.',
  htmlInsteadOfStream: 'The server answered {{status}} with an HTML page instead of an event stream.',
  htmlInsteadOfStreamTitled:
    'The server answered {{status}} with an HTML page instead of an event stream ("{{title}}").',
  hintNotApiRoot: 'The base URL probably points at a website or a login page, not at the API root.',
  textInsteadOfStream: 'The server answered {{status}} with text instead of an event stream: {{preview}}',
  frameNotJson: 'The server sent a stream frame that is not JSON: {{preview}}',
  frameBrokenJson: 'The server sent a stream frame with broken JSON: {{preview}}',
  frameNoType: 'The server sent a stream frame without a "type" field: {{preview}}',
  bodyBrokenJson: 'The server answered HTTP {{status}} with JSON that could not be parsed: {{preview}}',
  bodyNotObject: 'The server answered HTTP {{status}} with JSON that is not an object: {{preview}}',
  notJson: '{{method}} {{path}} did not answer JSON.',
  modelsNotJson: 'The model list is not JSON.',
  modelsNoData: 'The model list has no "data" array.',
  resumeFailed: 'The stream broke, and resuming it failed: {{detail}}',
  hintNoResume:
    'This endpoint cannot resume streams (GET /v1/responses/{id}?stream=true is not supported). Send without "stream": true to follow it by polling, or without "background".',
  hintOpenLater: 'Open the response by its id later to see how it ended.',
  followFailed: 'Following the background response {{id}} failed: {{detail}}',
  /** An inner failure with its HTTP status in front (the doctor's probes). */
  withStatus: 'HTTP {{status}}: {{detail}}',
  hintNoRetrieve:
    'This endpoint cannot retrieve responses (GET /v1/responses/{id}), so a background response cannot be followed here.',
} as const;

export type RunErrorMessageId = keyof typeof RUN_ERROR_MESSAGES;

/**
 * One of these sentences: the English and its id with values, to spread into a RunError. `nested`:
 * the words of a value that is itself one of our sentences (an inner error's `text`), when it is.
 */
export function said(
  id: RunErrorMessageId,
  params?: ErrorText['params'],
  nested?: Record<string, ErrorText | undefined>,
): { message: string; text: ErrorText } {
  const text: ErrorText = params ? { id, params } : { id };
  const inner = Object.entries(nested ?? {}).filter((e): e is [string, ErrorText] => e[1] !== undefined);
  if (inner.length > 0) text.nested = Object.fromEntries(inner);
  return { message: fillTemplate(RUN_ERROR_MESSAGES[id], params), text };
}

/** A hint by id, likewise. */
export function hinted(id: RunErrorMessageId): Pick<RunError, 'hint' | 'hintText'> {
  return { hint: RUN_ERROR_MESSAGES[id], hintText: { id } };
}
