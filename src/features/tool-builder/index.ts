import { lazy } from 'react';

export { checkJsonText, useJsonCheck, type CheckView } from './validation-client';
export { findingMessage, lintWords, useLintWords } from './lint-words';
export { useViolationLine, violationLine, violationMessage } from './violation-words';

// Own chunks, loaded after the first paint: the builder and the checks bring the linter and Ajv.
export const ToolsPanel = lazy(() => import('./tools-panel').then((m) => ({ default: m.ToolsPanel })));
export const ArgumentCheck = lazy(() =>
  import('./argument-check').then((m) => ({ default: m.ArgumentCheck })),
);
export const StructuredOutputCheck = lazy(() =>
  import('./argument-check').then((m) => ({ default: m.StructuredOutputCheck })),
);
