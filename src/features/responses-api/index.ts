/** The rest of the Responses API in the UI: open by id, input items, token counts, server actions, conversations. */
export { ConversationSection } from './conversation-section';
export { CountTokensButton } from './count-tokens-button';
export { InputItemsSection } from './input-items-section';
export { OpenResponseForm } from './open-response-form';
export { ServerActions } from './server-actions';
