import { CODE_REQUEST_MESSAGES } from '../../core/codegen/code-request-messages';

/** The Code dialog (src/features/code-export). */
export const code = {
  button: 'Code',
  title: 'Code',
  intro:
    'This request as code, for the Base URL <1>{{baseUrl}}</1>. Your key is never included: the snippets read it from <3>$OPENAI_API_KEY</3>.',
  whichRequest: 'Which request',
  editorRequest: 'Request in the editor',
  sentRequest: 'Last sent request (follow-up or tool outputs)',
  tabs: 'Language',
  otherLanguages: 'Other languages',
  language: 'Language',
  client: 'Client',
  snippetLabel: '{{language}} code',
  copy: 'Copy code',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy: select the code and copy it.',
  /** The core's table (src/core/codegen/code-request-messages.ts). */
  problem: CODE_REQUEST_MESSAGES,
  targets: {
    'js-fetch': 'JavaScript (fetch)',
    'js-openai': 'JavaScript (openai SDK)',
    'python-requests': 'Python (requests)',
    'python-openai': 'Python (openai SDK)',
  },
};
