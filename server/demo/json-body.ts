/** Reading a request's body as the JSON object the API expects, within the demo's size bound. */
import { INVALID_JSON_MESSAGE, invalidRequest } from './errors';
import { readBodyCapped, tooLarge } from './limits';
import type { JsonMap } from './request';
import { isMap } from './request';

/** The request's body as a JSON object (read at most `maxBytes`), or the error answer (413, 400). */
export async function readJsonBody(
  request: Request,
  maxBytes: number,
): Promise<{ text: string; body: JsonMap } | Response> {
  const read = await readBodyCapped(request, maxBytes);
  if (!read.ok) return tooLarge(maxBytes);
  const body = parseBody(read.text);
  return body instanceof Response ? body : { text: read.text, body };
}

function parseBody(text: string): JsonMap | Response {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return invalidRequest(INVALID_JSON_MESSAGE);
  }
  return isMap(parsed)
    ? parsed
    : invalidRequest("Invalid type for 'body': expected an object.", null, 'invalid_type');
}
