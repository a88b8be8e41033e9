import { REQUEST_TEXT_MESSAGES } from '../../core/request/parse-messages';

/**
 * The request editor (src/features/request-editor) and Send's checks (src/app/send.ts).
 * `parse` is the English the core writes into parse errors (src/core/request/parse-messages.ts),
 * written there once.
 */
export const editor = {
  label: 'Request JSON',
  stream: 'Stream',
  streamDisabled: 'Fix the request JSON to change streaming.',
  format: 'Format',
  formatTitle: 'Pretty-print the JSON (two-space indentation); Ctrl/Cmd+Z undoes it',
  formatDisabled: 'Fix the JSON to format it.',
  keyboardHint:
    'Tab indents here. To leave the editor by keyboard: Esc then Tab, or Ctrl+M (Ctrl+Shift+M on a Mac) to make Tab move focus. Ctrl/Cmd+Enter sends.',
  sendAction: 'Send request',
  errorAt: 'Line {{line}}, column {{column}}:',
  markerSource: 'Tools check',
  notSent: 'Not sent: {{reason}}',
  notSentInvalid: 'Not sent: Request JSON is invalid at line {{line}}, column {{column}}: {{message}}',
  strict: {
    title: 'Send with strict-mode errors?',
    body_one:
      'The tools check found {{count}} error that OpenAI would reject (strict mode and schema rules). A relay may accept it; OpenAI answers 400.',
    body_other:
      'The tools check found {{count}} errors that OpenAI would reject (strict mode and schema rules). A relay may accept it; OpenAI answers 400.',
    more_one: '… and {{count}} more',
    more_other: '… and {{count}} more',
    onceNote: 'If you send anyway, you will not be asked again until these errors change.',
    sendAnyway: 'Send anyway',
    fix: 'Fix',
    listLabel: 'Errors',
  },
  parse: REQUEST_TEXT_MESSAGES,
};
