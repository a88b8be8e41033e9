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
};
