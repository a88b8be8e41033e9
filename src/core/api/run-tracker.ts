/**
 * What the background-aware runner needs to know about a run while its actions flow by: the
 * response id, whether it is a background one, the last `sequence_number`, and whether it settled.
 */
import type { JsonObject, RunAction } from '../response/types';
import { isObject } from '../json';
import { num, str } from '../response/wire';

const TERMINAL_EVENTS = new Set([
  'response.completed',
  'response.incomplete',
  'response.failed',
  'response.cancelled',
  'error',
]);

export class RunTracker {
  responseId?: string;
  /** The request asked for `background: true`, or the server said the response is one. */
  background: boolean;
  /** The server said `background: false` (it ignored the request's `background: true`). */
  backgroundRefused = false;
  lastSequence?: number;
  /** A terminal event, a `[DONE]` marker, an error or a settled JSON body arrived. */
  settled = false;
  /** The last plain JSON body's status (`queued`/`in_progress` mean: poll). */
  jsonStatus?: string;

  constructor(requestBody: string) {
    this.background = requestedBackground(requestBody);
  }

  /** Learns from one action (call for every action passed on to the reducer). */
  see(action: RunAction): void {
    if (action.kind === 'event') {
      const event = action.event as JsonObject;
      const seq = num(event.sequence_number);
      if (seq !== undefined && (this.lastSequence === undefined || seq > this.lastSequence))
        this.lastSequence = seq;
      if (isObject(event.response)) this.learnResponse(event.response);
      if (TERMINAL_EVENTS.has(str(event.type) ?? '')) this.settled = true;
    } else if (action.kind === 'json') {
      this.learnResponse(action.body);
      this.jsonStatus = str(action.body.status);
      this.settled = !this.stillRunning();
    } else if (action.kind === 'done-marker' || action.kind === 'error') {
      // An error that reaches the view (not a broken connection, which is held back) ends the run.
      this.settled = true;
    }
  }

  /** The last JSON body said the background response is still queued or running. */
  stillRunning(): boolean {
    return this.jsonStatus === 'queued' || this.jsonStatus === 'in_progress';
  }

  /** A broken stream can be picked up where it broke. */
  canResume(): boolean {
    return (
      this.background && !this.settled && this.responseId !== undefined && this.lastSequence !== undefined
    );
  }

  private learnResponse(response: JsonObject): void {
    const id = str(response.id);
    if (id) this.responseId = id;
    if (response.background === true) this.background = true;
    else if (response.background === false && this.background) {
      this.background = false;
      this.backgroundRefused = true;
    }
  }
}

/** Whether a request body asks for `background: true` (invalid JSON: no). */
export function requestedBackground(body: string): boolean {
  try {
    const parsed: unknown = JSON.parse(body);
    return isObject(parsed) && parsed.background === true;
  } catch {
    return false;
  }
}
