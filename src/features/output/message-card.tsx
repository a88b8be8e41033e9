import type { JsonObject } from '../../core/response/types';
import { MarkdownView } from './markdown-view';
import { objects, str } from './wire-fields';

/** An assistant message: its text parts as Markdown, refusals, and citations. */
export function MessageCard({ item }: { item: JsonObject }) {
  const parts = objects(item, 'content');
  return (
    <article aria-label="Assistant message" className="flex flex-col gap-2">
      {parts.map((part, i) => {
        const type = str(part, 'type');
        if (type === 'refusal') {
          return (
            <div key={i} className="rounded border border-amber-500 bg-amber-50 p-2" aria-label="Refusal">
              <span className="mr-2 text-xs font-semibold tracking-wide text-amber-900 uppercase">
                Refusal
              </span>
              {str(part, 'refusal')}
            </div>
          );
        }
        const annotations = objects(part, 'annotations');
        return (
          <div key={i}>
            <MarkdownView text={str(part, 'text') ?? ''} />
            {annotations.length > 0 && <Citations annotations={annotations} />}
          </div>
        );
      })}
    </article>
  );
}

function Citations({ annotations }: { annotations: JsonObject[] }) {
  return (
    <ol aria-label="Citations" className="mt-2 list-decimal pl-6 text-sm text-slate-700">
      {annotations.map((a, i) => {
        const url = str(a, 'url');
        const label = str(a, 'title') ?? str(a, 'filename') ?? str(a, 'file_id') ?? str(a, 'type');
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
