import { useMemo, useState } from 'react';
import type { RequestPath } from '../../core/request/edit-request';
import type { JsonObject } from '../../core/tools';
import { applyFixToText, replaceInText, type Fix } from '../../core/tools';
import { useParsedRequest, useWorkspaceStore } from '../../state/workspace';

export interface RequestDoc {
  /** The last request text that parsed (invalid JSON never wipes the builder). */
  request: JsonObject;
  /** The editor holds invalid JSON right now: the builder shows the last good version, read-only. */
  stale: boolean;
  /** Rewrites the value at `path` from `before` to `after` in the editor text (format-preserving). */
  replace: (path: RequestPath, before: unknown, after: unknown) => void;
  applyFix: (fix: Fix) => void;
}

/** The request as the builder sees it, and the way back into the editor text. */
export function useRequestDoc(): RequestDoc {
  const parsed = useParsedRequest().result;
  // Derived state from earlier renders: the last request that parsed.
  const [lastGood, setLastGood] = useState<JsonObject>(parsed.ok ? parsed.value : {});
  if (parsed.ok && parsed.value !== lastGood) setLastGood(parsed.value);
  const request = parsed.ok ? parsed.value : lastGood;
  return useMemo(
    () => ({
      request,
      stale: !parsed.ok,
      replace: (path, before, after) => {
        const { requestText, setRequestText } = useWorkspaceStore.getState();
        const next = replaceInText(requestText, path, before, after);
        if (next !== requestText) setRequestText(next);
      },
      applyFix: (fix) => {
        const { requestText, setRequestText } = useWorkspaceStore.getState();
        const next = applyFixToText(requestText, fix);
        if (next !== requestText) setRequestText(next);
      },
    }),
    [request, parsed.ok],
  );
}
