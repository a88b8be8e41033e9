import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { finalResponseJson, isLive } from '../../core/response/selectors';
import type { ResponseView } from '../../core/response/types';
import { ChunkedText } from './chunked-text';
import { pretty } from './wire-fields';

/** While a response streams, its JSON is written out again at most this often (it costs O(size)). */
const LIVE_REFRESH_MS = 1000;

/** The response as one JSON object, as the API would return it; refreshed once a second while live. */
export function ResponseJsonView({ view }: { view: ResponseView }) {
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
  return (
    <pre aria-label="Response JSON" className="overflow-auto rounded bg-white p-2 font-mono text-xs">
      <ChunkedText text={text} />
    </pre>
  );
}
