/** The rest of the Responses API in the UI: open by id, input items, token counts, server actions, conversations. */
import { lazy } from 'react';

// Sections for after the first paint, each its own chunk (the app gives each a Suspense boundary).
export const ConversationSection = lazy(() =>
  import('./conversation-section').then((m) => ({ default: m.ConversationSection })),
);
export { CountTokensButton } from './count-tokens-button';
export const InputItemsSection = lazy(() =>
  import('./input-items-section').then((m) => ({ default: m.InputItemsSection })),
);
export const OpenResponseForm = lazy(() =>
  import('./open-response-form').then((m) => ({ default: m.OpenResponseForm })),
);
export const ServerActions = lazy(() =>
  import('./server-actions').then((m) => ({ default: m.ServerActions })),
);
