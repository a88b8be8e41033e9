import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with `code` in backticks, as catalogues write commands (`npm start`): the
 * backticked parts render as <code>, the rest as text (never as HTML).
 */
export function InlineCode({ text }: { text: string }): ReactNode {
  const parts = text.split('`');
  return parts.map((part, i) =>
    i % 2 === 1 && i < parts.length - 1 ? <code key={i}>{part}</code> : <Fragment key={i}>{part}</Fragment>,
  );
}
