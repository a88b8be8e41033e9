export { RequestEditor } from './request-editor';
export { RequestErrorMessage } from './request-error';
export { StreamToggle } from './stream-toggle';
export { REQUEST_ERROR_ID, type RequestEditorProps } from './request-editor-props';
export { loadColorizer } from './colorizer';
export { requestErrorText } from './request-error-text';
export { guardStrictSend } from './strict-send';
