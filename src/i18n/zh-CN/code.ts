import type { Messages } from '../messages';
import type { code as en } from '../en/code';

export const code: Messages<typeof en> = {
  button: '代码',
  title: '代码',
  intro:
    '这个请求的代码，使用 Base URL <1>{{baseUrl}}</1>。代码中从不包含你的 API key：它从 <3>$OPENAI_API_KEY</3> 读取。',
  whichRequest: '选择请求',
  editorRequest: '编辑器中的请求',
  sentRequest: '最近发送的请求（追问或工具输出）',
  tabs: '语言',
  otherLanguages: '其他语言',
  language: '语言',
  client: '客户端',
  snippetLabel: '{{language}} 代码',
  copy: '复制代码',
  copied: '已复制到剪贴板。',
  copyFailed: '无法复制：请选中代码后手动复制。',
  problem: {
    invalidJson: '请求不是有效的 JSON（第 {{line}} 行，第 {{column}} 列：{{message}}）。',
    badHeaderName: '请求头名称“{{name}}”无效，因此无法导出。',
    headerLineBreak: '请求头“{{name}}”的值含有换行，因此无法导出。',
  },
  targets: {
    'js-fetch': 'JavaScript（`fetch`）',
    'js-openai': 'JavaScript（`openai` SDK）',
    'python-requests': 'Python（`requests`）',
    'python-openai': 'Python（`openai` SDK）',
  },
};
