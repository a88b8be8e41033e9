import { useState } from 'react';
import { useParsedRequest } from '../../state/workspace';

/**
 * The request's `model` from the last text that parsed (invalid JSON in the editor never blanks it),
 * and whether the text parses right now (only then can a control edit it safely).
 */
export function useRequestModel(): { model: string; editable: boolean } {
  const parsed = useParsedRequest().result;
  const [lastGood, setLastGood] = useState('');
  const current = parsed.ok ? (typeof parsed.value.model === 'string' ? parsed.value.model : '') : undefined;
  // Derived state, adjusted during render (React's documented pattern) rather than in an effect.
  if (current !== undefined && current !== lastGood) setLastGood(current);
  return { model: current ?? lastGood, editable: parsed.ok };
}
