export { ToolsPanel } from './tools-panel';
export { ArgumentCheck, StructuredOutputCheck } from './argument-check';
export { checkJsonText } from './validation-client';
