import type { Messages } from '../messages';
import type { security as en } from '../en/security';

export const security: Messages<typeof en> = {
  credentialHeadersNotRemembered:
    '凭据类请求头（`Authorization`、`api-key`、`x-api-key` 等）的值以及 Base URL 查询字符串中的密钥，与 API key 一样，只有勾选“记住 API key”后才会在重新加载后保留。',
};
