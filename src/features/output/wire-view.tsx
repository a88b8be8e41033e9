import { useTranslation } from 'react-i18next';
import { useRunStore } from '../../state/run';
import { CopyButton } from '../../components/ui/copy-button';
import {
  headerLines,
  requestIds,
  type HeaderList,
  type WireExchange,
  type WireRequest,
} from '../../core/api/wire-exchange';
import { statusLine } from '../../core/api/errors';
import type { ResponseView } from '../../core/response/types';
import { ChunkedText } from './chunked-text';
import { RequestId } from './request-id-badge';

/**
 * The wire in full view: each HTTP exchange of the run (the request, then every resumed stream),
 * the request as sent with keys masked, and the answer's status and headers with its request id.
 */
export function WireView({ view }: { view: ResponseView }) {
  const { t } = useTranslation('output');
  const exchanges = useRunStore((s) => s.exchanges);
  if (exchanges.length === 0) return <p className="text-sm text-ink-muted">{t('wire.empty')}</p>;
  return (
    <div aria-label={t('wire.label')} role="group" className="flex flex-col gap-4 text-sm">
      <p className="text-xs text-ink-muted">{t('wire.maskedNote')}</p>
      {exchanges.map((exchange, i) => (
        <Exchange
          key={i}
          exchange={exchange}
          title={i === 0 ? undefined : `${t('wire.exchange', { index: i + 1 })} · ${t('wire.resumed')}`}
          last={i === exchanges.length - 1}
          view={view}
        />
      ))}
    </div>
  );
}

function Exchange({
  exchange,
  title,
  last,
  view,
}: {
  exchange: WireExchange;
  title?: string;
  last: boolean;
  view: ResponseView;
}) {
  const { t } = useTranslation(['output', 'common']);
  const { request, response } = exchange;
  const ids = response ? requestIds(response.headers) : [];
  const messageId = last && ids.length === 0 ? view.error?.requestId : undefined;
  return (
    <article
      className="flex flex-col gap-3 rounded border border-line p-2"
      aria-label={title ?? t('wire.label')}
    >
      {title && <h3 className="text-sm font-semibold">{title}</h3>}
      <section aria-label={t('wire.request')} className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h4 className="font-semibold">{t('wire.request')}</h4>
          <CopyButton
            label={t('copy.request')}
            text={() => requestText(request)}
            copied={t('copy.copied')}
            failed={t('copy.failed')}
          >
            {t('common:copy')}
          </CopyButton>
        </div>
        <p className="font-mono text-xs break-all">
          <span className="font-semibold">{request.method}</span> {request.url}
        </p>
        <HeaderTable label={t('wire.requestHeaders')} headers={request.headers} />
        {request.body !== undefined && (
          <details open={request.body.length < 4000}>
            <summary className="cursor-pointer text-xs text-ink-muted">{t('wire.body')}</summary>
            <pre
              tabIndex={0}
              className="max-h-60 overflow-auto rounded bg-surface-muted p-2 font-mono text-xs whitespace-pre-wrap"
            >
              <ChunkedText text={request.body} />
            </pre>
          </details>
        )}
      </section>
      <section aria-label={t('wire.response')} className="flex flex-col gap-1">
        <div className="flex flex-wrap items-center gap-2">
          <h4 className="font-semibold">{t('wire.response')}</h4>
          {response && (
            <CopyButton
              label={t('copy.responseHeaders')}
              text={() => `${statusLine(response.status)}\n${headerLines(response.headers)}`}
              copied={t('copy.copied')}
              failed={t('copy.failed')}
            >
              {t('common:copy')}
            </CopyButton>
          )}
        </div>
        {!response ? (
          <p className="text-xs text-ink-muted">
            {last && view.status !== 'connecting' ? t('wire.noAnswer') : t('wire.waiting')}
          </p>
        ) : (
          <>
            <p className="font-mono text-xs">
              <span className="text-ink-muted">{t('wire.status')} </span>
              <span className="font-semibold">{statusLine(response.status)}</span>
            </p>
            {ids.map((id) => (
              <p key={id.name} className="flex flex-wrap items-center gap-1">
                <RequestId id={id.value} />
                <span className="font-mono text-xs text-ink-muted">({id.name})</span>
              </p>
            ))}
            {messageId && (
              <p className="flex flex-wrap items-center gap-1">
                <RequestId id={messageId} />
                <span className="text-xs text-ink-muted">({t('wire.fromMessage')})</span>
              </p>
            )}
            {ids.length === 0 && !messageId && (
              <p className="text-xs text-ink-muted">{t('wire.noRequestId')}</p>
            )}
            <HeaderTable label={t('wire.responseHeaders')} headers={response.headers} />
            <p className="text-xs text-ink-muted">{t('wire.hiddenNote')}</p>
          </>
        )}
      </section>
    </article>
  );
}

function HeaderTable({ label, headers }: { label: string; headers: HeaderList }) {
  return (
    <dl aria-label={label} className="grid grid-cols-[max-content_1fr] gap-x-3 font-mono text-xs">
      {headers.map(([name, value], i) => (
        <div key={i} className="contents">
          <dt className="text-ink-muted">{name}</dt>
          <dd className="break-all text-ink">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The request as text: request line, headers (masked), blank line, body. */
function requestText(request: WireRequest): string {
  const head = `${request.method} ${request.url}\n${headerLines(request.headers)}`;
  return request.body === undefined ? head : `${head}\n\n${request.body}`;
}
