import type { TFunction } from 'i18next';
import { RESUME_MARKER } from '../../state/run';

/** Where the run store marks a resume in the event log: `GET …&starting_after=N (attempt K)`. */
const RESUME_LINE = /^(GET \S+) \(attempt (\d+)\)$/;

/** An event log entry's type in the UI language: the resume marker is ours, event types are the wire's. */
export function eventTypeLabel(t: TFunction<'output'>, type: string): string {
  return type === RESUME_MARKER ? t('events.resumeMarker') : type;
}

/** An entry's raw text, the resume marker's "(attempt N)" in the UI language; events as they came. */
export function eventRawLabel(t: TFunction<'output'>, type: string, raw: string): string {
  const line = type === RESUME_MARKER ? RESUME_LINE.exec(raw) : null;
  return line ? t('events.resumeLine', { request: line[1], attempt: Number(line[2]) }) : raw;
}
