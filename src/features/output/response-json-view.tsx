import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/ui/copy-button';
import { finalResponseJson, isLive } from '../../core/response/selectors';
import type { ResponseView } from '../../core/response/types';
import { ChunkedText } from './chunked-text';
import { pretty } from './wire-fields';

/** While a response streams, its JSON is written out again at most this often (it costs O(size)). */
const LIVE_REFRESH_MS = 1000;

/** The response as one JSON object, as the API would return it; refreshed once a second while live. */
export function ResponseJsonView({ view }: { view: ResponseView }) {
  const { t } = useTranslation(['output', 'common']);
  const live = isLive(view.status);
  const [shownView, setShownView] = useState(view);
  const latest = useRef(view);
  useLayoutEffect(() => {
    latest.current = view;
  });
  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => setShownView(latest.current), LIVE_REFRESH_MS);
    return () => clearInterval(timer);
  }, [live]);
  const source = live ? shownView : view;
  const text = useMemo(() => (source.status === 'idle' ? '' : pretty(finalResponseJson(source))), [source]);
  if (view.status === 'idle') return <p className="text-sm text-ink-muted">{t('json.empty')}</p>;
  return (
    <div className="flex flex-col gap-2">
      <CopyButton
        className="self-start"
        label={t('copy.responseJson')}
        // The latest state at click time, not the once-a-second snapshot on screen.
        text={() => pretty(finalResponseJson(latest.current))}
        copied={t('copy.copied')}
        failed={t('copy.failed')}
      >
        {t('common:copy')}
      </CopyButton>
      <pre aria-label={t('json.label')} className="overflow-auto rounded bg-surface p-2 font-mono text-xs">
        <ChunkedText text={text} />
      </pre>
    </div>
  );
}
