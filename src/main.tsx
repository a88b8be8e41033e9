import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startRuntime, startRuntimeAfterPaint } from './app/runtime';
import { i18nReady } from './i18n';
import './index.css';

startRuntime();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The chosen language's catalogue first (immediate for English): no flash of English in Chinese.
void i18nReady().then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // History, hosting detection, auto-answer, the send path: right after the first paint.
  void startRuntimeAfterPaint();
});
