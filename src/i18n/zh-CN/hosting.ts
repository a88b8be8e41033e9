import type { Messages } from '../messages';
import type { hosting as en } from '../en/hosting';

export const hosting: Messages<typeof en> = {
  demoUnavailableTitle: '此浏览器无法运行演示后端',
  demoUnavailableBody:
    '此 Playground 部署在静态托管上，内置演示后端需要以服务工作线程的形式在浏览器内运行，而此浏览器在这里不允许（{{reason}}）。其他 Base URL 照常可用。要试用演示，请在自己的电脑上用 `npm start` 运行 Playground。',
  demoUnavailableError:
    '此浏览器无法运行演示后端（{{reason}}）：在静态托管上它需要服务工作线程。请在自己的电脑上用 `npm start` 运行 Playground 来使用演示，或改用其他 Base URL。',
  noServiceWorker: '不支持服务工作线程',
  siteConfigTitle: '已忽略本站的 `playground.json`',
  siteConfigBody: '它有以下问题，其中的默认设置未被采用：',
  sitePresets: '本站提供的预设',
  demoNoteServer: '内置演示后端无需 API key，在本机运行。',
  demoNoteBrowser: '内置演示后端无需 API key，在此浏览器内运行。',
  corsWaysOut:
    '浏览器无法访问此端点。如果它不发送 CORS 响应头（许多中转服务不发送），浏览器会拦截此页面发出的所有请求。两种解决办法：改用为此页面发送 CORS 响应头的端点，或在自己的电脑上用 `npm start` 运行 Playground，它带有本地代理（勾选 `Use local proxy`）。',
  proxyOnlyLocal: '本地 proxy：仅当 Playground 在你的电脑上运行时可用（`npm start`）。',
  configProblem: {
    httpError: '无法读取 {{file}}（HTTP {{status}}）。',
    tooLarge: '文件太大（{{count}} 个字符；最多 {{max}} 个）。',
    tooLargeStreamed: '文件太大（最多 {{max}} 个字符）。',
    notJson: '文件不是有效的 JSON：{{detail}}',
    notObject: '文件必须是一个 JSON 对象（`{ "profiles": [ … ] }`）。',
    atPath: '{{path}}：{{problem}}',
    inPresets: '`presets`：{{problem}}',
    moreProblems: '……还有 {{count}} 个问题。',
    mustBeText: '必须是文本',
    mustBeObject: '必须是对象',
    unknownField: '不是已知字段（拼写错误？）',
    missingField: '缺失',
    baseUrlInvalid: '必须是不含用户名和密码的 `http://` 或 `https://` URL',
    baseUrlUnusable: '不是可用的 Base URL',
    headersNotObject: '必须是由请求头名称和值组成的对象',
    headerValuesText: '请求头的值必须是文本',
    tooManyHeaders: '最多 {{max}} 个请求头',
    credentials: '不得包含凭据（`Authorization`、API key、`Cookie`）：API key 绝不能放进公开文件',
    proxyHeaders: '`x-proxy-*` 名称保留给本地代理使用',
    badHeader: '包含无法发送的请求头（请检查名称和值）',
    tooLong: '最多 {{max}} 个字符',
    chainingMode: '必须是 `"auto"`、`"server"` 或 `"replay"`',
    notList: '必须是列表（`[ … ]`）',
    tooManyProfiles: '最多 {{max}} 个配置',
    empty: '不能为空',
  },
};
