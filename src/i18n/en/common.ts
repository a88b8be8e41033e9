import { BASE_URL_MESSAGES } from '../../core/api/base-url-messages';

/** Strings shared by several panes. */
export const common = {
  appTitle: 'Responses Playground',
  language: 'Language',
  dismiss: 'Dismiss',
  copy: 'Copy',
  copied: 'Copied',
  close: 'Close',
  cancel: 'Cancel',
  /** The core's table (src/core/api/base-url-messages.ts). */
  baseUrlProblem: BASE_URL_MESSAGES,
};
