import type { Annotation, MessageItem } from '../../core/response/output-items';
import { MarkdownView } from './markdown-view';

/** An assistant message: its text parts as Markdown, refusals, and citations. */
export function MessageCard({ item }: { item: MessageItem }) {
  return (
    <article aria-label="Assistant message" className="flex flex-col gap-2">
      {item.parts.map((part, i) => {
        if (part.type === 'other') return null;
        if (part.type === 'refusal') {
          return (
            <div key={i} className="rounded border border-amber-500 bg-amber-50 p-2" aria-label="Refusal">
              <span className="mr-2 text-xs font-semibold tracking-wide text-amber-900 uppercase">
                Refusal
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

function Citations({ annotations }: { annotations: Annotation[] }) {
  return (
    <ol aria-label="Citations" className="mt-2 list-decimal pl-6 text-sm text-slate-700">
      {annotations.map((a, i) => {
        const url = a.url;
        const label = a.title ?? a.filename ?? a.fileId ?? a.type;
        return (
          <li key={i}>
            {url && /^https?:/i.test(url) ? (
              <a
                className="text-blue-800 underline"
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
