import { useLayoutEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import type { Annotation, MessageItem } from '../../core/response/output-items';
import { MarkdownView } from './markdown-view';

/** An assistant message: its text parts as Markdown, refusals, and citations; its whole text copyable. */
export function MessageCard({ item }: { item: MessageItem }) {
  const { t } = useTranslation(['output', 'common']);
  const hasText = item.parts.some((part) => part.type !== 'other');
  // The item changes on every streaming frame; the Copy button reads the latest one when clicked,
  // so the same element is kept and React skips it (an Ariakit button costs ~1 ms a frame).
  const latest = useRef(item);
  useLayoutEffect(() => {
    latest.current = item;
  });
  const copy = useMemo(
    () =>
      hasText && (
        <CopyButton
          className="self-end"
          label={t('copy.text')}
          text={() => messageText(latest.current)}
          copied={t('copy.copied')}
          failed={t('copy.failed')}
        >
          {t('common:copy')}
        </CopyButton>
      ),
    [hasText, t],
  );
  return (
    <article aria-label={t('message.label')} className="flex flex-col gap-2">
      {copy}
      {item.parts.map((part, i) => {
        if (part.type === 'other') return null;
        if (part.type === 'refusal') {
          return (
            <div
              key={i}
              className="rounded border border-warning-line bg-warning-surface p-2 text-warning-ink"
              aria-label={t('message.refusal')}
            >
              <span className="mr-2 text-xs font-semibold tracking-wide uppercase">
                {t('message.refusal')}
              </span>
              {part.refusal}
            </div>
          );
        }
        return (
          <div key={i}>
            <MarkdownView text={part.text} />
            {part.annotations.length > 0 && <Citations annotations={part.annotations} />}
          </div>
        );
      })}
    </article>
  );
}

/** The message's text as the model wrote it (Markdown source), parts separated by a blank line. */
function messageText(item: MessageItem): string {
  return item.parts
    .map((part) => (part.type === 'other' ? '' : part.type === 'refusal' ? part.refusal : part.text))
    .filter(Boolean)
    .join('\n\n');
}

function Citations({ annotations }: { annotations: Annotation[] }) {
  const { t } = useTranslation('output');
  return (
    <ol aria-label={t('message.citations')} className="mt-2 list-decimal pl-6 text-sm text-ink-muted">
      {annotations.map((a, i) => {
        const url = a.url;
        const label = a.title ?? a.filename ?? a.fileId ?? a.type;
        return (
          <li key={i}>
            {url && /^https?:/i.test(url) ? (
              <a
                className="text-accent underline"
                href={url}
                target="_blank"
                rel="noopener noreferrer nofollow"
              >
                {label ?? url}
              </a>
            ) : (
              <span>{label}</span>
            )}
          </li>
        );
      })}
    </ol>
  );
}
