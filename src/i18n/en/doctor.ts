import { DOCTOR_MESSAGES } from '../../core/endpoints/doctor-messages';

/**
 * The endpoint doctor's result sentences: the core's English templates, written once there
 * (src/core/endpoints/doctor-messages.ts). A server's own words are values.
 */
export const doctor = {
  /** Joins a check's sentences, and the parts of a list (the stream framing). */
  sentenceSeparator: ' ',
  listSeparator: '; ',
  results: DOCTOR_MESSAGES,
};
