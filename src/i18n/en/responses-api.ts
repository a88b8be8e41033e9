/** The rest of the Responses API: background runs, open by id, token counts, conversations, compaction. */
export const responsesApi = {
  chaining: {
    conversationOption: 'Conversation (server-side /v1/conversations)',
  },
  status: {
    inProgress: 'in progress',
  },
};
