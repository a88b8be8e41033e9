export { ToolsPanel } from './tools-panel';
export { ArgumentCheck, StructuredOutputCheck } from './argument-check';
export { checkJsonText, useJsonCheck, type CheckView } from './validation-client';
