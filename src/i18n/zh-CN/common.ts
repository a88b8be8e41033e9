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
};
