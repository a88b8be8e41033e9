/**
 * The request a fresh playground opens with: small, streamed, and phrased so the answer shows off
 * Markdown rendering (a list and a code block). The built-in demo backend accepts any model.
 */
export const DEFAULT_REQUEST_TEXT = `${JSON.stringify(
  {
    model: 'gpt-4.1-mini',
    input:
      'In three short bullet points, explain how server-sent events stream an answer, then show one example event in a code block.',
    stream: true,
  },
  null,
  2,
)}\n`;
