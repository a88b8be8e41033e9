import { useState } from 'react';

/**
 * `derive(input, previousOutput)`, recomputed when `input` changes identity. The previous output
 * lets the derivation keep ids stable (rows keep focus and state while the JSON changes).
 */
export function useReconciled<I, O>(input: I, derive: (input: I, prev: O | undefined) => O): O {
  const [state, setState] = useState<{ input: I; output: O }>(() => ({
    input,
    output: derive(input, undefined),
  }));
  if (state.input !== input) {
    const output = derive(input, state.output);
    setState({ input, output });
    return output;
  }
  return state.output;
}
