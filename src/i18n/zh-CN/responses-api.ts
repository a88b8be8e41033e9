import type { Messages } from '../messages';
import type { responsesApi as en } from '../en/responses-api';

export const responsesApi: Messages<typeof en> = {
  chaining: {
    conversationOption: '会话（服务器端 /v1/conversations）',
  },
  status: {
    inProgress: '进行中',
  },
};
