/**
 * The notices of a run (remarks that are not failures: resumed streams, unknown events, sequence
 * gaps, a `[DONE]` marker, what the server said to a cancel), by id. The core holds no i18n: a
 * notice is `{ id, params }` and the Output pane words it (`output:notice.<id>`, whose English is
 * these templates, spread into src/i18n/en/output.ts). A server's own words (`{{detail}}`) are
 * values and stay as they came; when they are one of our RunError sentences, `nested` carries it.
 */
import { fillTemplate } from '../template';
import type { ErrorText, Notice } from './types';

export const NOTICE_MESSAGES = {
  unknownEvent: 'unknown event type {{type}}',
  unknownEventUntyped: 'unknown event type (none)',
  resumed: 'stream resumed after sequence_number {{after}}',
  resumedAttempt: 'stream resumed after sequence_number {{after}} (attempt {{attempt}})',
  afterEnd: 'after the response ended: {{detail}}',
  doneMarker: 'data: [DONE] marker received (relay framing; OpenAI sends none)',
  sequenceRepeat: 'sequence_number {{seq}} repeated or out of order (after {{last}})',
  sequenceGap: 'sequence gap: expected {{expected}}, got {{seq}} ({{missing}} missing)',
  moreSequenceIssues: 'More sequence gaps or duplicates: {{count}}',
  backgroundIgnored:
    'The server answered background: false: it ignored "background": true, so this response cannot be resumed or cancelled.',
  pollStopped: 'Stopped polling {{id}}: it is still running on the server.',
  cancelNoId: 'Stopped before the server named the response, so it could not be cancelled there.',
  cancelledOnServer: 'Cancelled on the server: {{id}} is now {{status}}.',
  cancelUnsupported:
    'The server could not be asked to cancel {{id}}: this endpoint has no POST /v1/responses/{id}/cancel ({{detail}}). It may keep running there.',
  cancelRefused: 'The server did not cancel {{id}}: {{detail}}',
} as const;

export type NoticeId = keyof typeof NOTICE_MESSAGES;

/** A notice by id, with its values and (for a `detail` that is our own sentence) its words. */
export function noticed(
  id: NoticeId,
  params?: Notice['params'],
  nested?: Record<string, ErrorText | undefined>,
): Notice {
  const notice: Notice = params ? { id, params } : { id };
  const inner = Object.entries(nested ?? {}).filter((e): e is [string, ErrorText] => e[1] !== undefined);
  if (inner.length > 0) notice.nested = Object.fromEntries(inner);
  return notice;
}

/** True for an id of {@link NOTICE_MESSAGES}. */
export function isNoticeId(id: unknown): id is NoticeId {
  return typeof id === 'string' && Object.hasOwn(NOTICE_MESSAGES, id);
}

/**
 * A notice in English (logs, tests, the fallback). A view saved by an older version holds its
 * notices as English strings already: those come back as they are.
 */
export function noticeText(notice: Notice | string): string {
  if (typeof notice === 'string') return notice;
  return isNoticeId(notice.id) ? fillTemplate(NOTICE_MESSAGES[notice.id], notice.params) : notice.id;
}
