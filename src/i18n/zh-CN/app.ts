import type { Messages } from '../messages';
import type { app as en } from '../en/app';

export const app: Messages<typeof en> = {
  theme: '主题',
  themes: { system: '跟随系统', light: '浅色', dark: '深色' },
  linkOpened: '已打开链接',
  shareLinkOpened: '已打开分享链接',
  linkError: '无法打开此链接：{{error}}。当前请求未被改动。',
  paneCrashed: '“{{pane}}”面板出错：{{message}}',
  tryAgain: '重试',
  panes: {
    request: '请求',
    tools: '工具',
    toolTests: '工具测试',
    output: '输出',
    thread: '对话线程',
    conversation: '会话',
    openResponse: '打开响应',
    history: '历史',
    compare: '对比',
  },
  workbenchViews: '工作台视图',
  resizeRequestOutput: '调整请求与输出的宽度',
  resizeRequestTools: '调整请求与工具的高度',
  resizeOutputSide: '调整输出与侧栏的大小',
  request: {
    heading: '请求',
    send: '发送',
    sendTitle: '发送（Ctrl/Cmd+Enter）',
    stop: '停止',
  },
};
