export { parseRequestText, positionAt, type RequestTextError } from './parse-request';
export { setRequestField, removeRequestField, detectFormatting, type RequestPath } from './edit-request';
export { REQUEST_SCHEMA, REQUEST_SCHEMA_URI, type JsonSchema } from './request-schema';
export { DEFAULT_REQUEST_TEXT } from './default-request';
