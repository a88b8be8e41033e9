export { parseRequestText, positionAt, type RequestTextError } from './parse-request';
export { REQUEST_TEXT_MESSAGES, type RequestTextMessageKey } from './parse-messages';
export { formatRequestText } from './format-request';
export { pathLocator, locatePointer, pointerToPath, type TextSpan } from './locate-path';
export { setRequestField, removeRequestField, detectFormatting, type RequestPath } from './edit-request';
export { REQUEST_SCHEMA, REQUEST_SCHEMA_URI, type JsonSchema } from './request-schema';
export { DEFAULT_REQUEST_TEXT } from './default-request';
