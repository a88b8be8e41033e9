/**
 * Runs Ajv off the page. Ajv compiles schemas with `new Function`, which the page's CSP
 * (script-src 'self') forbids; a same-origin module worker is governed by its own response, and it
 * also keeps schemas from shared links away from the page's DOM and storage.
 */
import { validateJsonText } from '../../core/tools/validate';

interface Request {
  id: number;
  schema: unknown;
  text: string;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (e) => {
  const { id, schema, text } = e.data;
  let result;
  try {
    result = validateJsonText(schema, text);
  } catch (error) {
    result = { status: 'bad-schema', message: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage({ id, result });
};
