import type { Messages } from '../messages';
import type { common as en } from '../en/common';

export const common: Messages<typeof en> = {
  appTitle: 'Responses Playground',
  language: '语言',
  dismiss: '关闭提示',
  copy: '复制',
  copied: '已复制',
  close: '关闭',
  cancel: '取消',
  baseUrlProblem: {
    empty: '请输入 Base URL，例如 https://api.openai.com/v1',
    noScheme: '“{{url}}”不是有效的 URL：必须以 `http://` 或 `https://` 开头',
    invalid: '“{{url}}”不是有效的 URL。',
    notValid: 'Base URL 不是有效的 URL。',
    wrongScheme: 'Base URL 必须使用 `http://` 或 `https://`，而不是 {{scheme}}//',
    credentials: '请从 Base URL 中删除用户名和密码；API key 请填在 API key 字段中。',
    badHost: 'Base URL 含有主机名中不能出现的字符。',
  },
};
