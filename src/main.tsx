import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startHosting } from './app/hosting';
import { initI18n } from './i18n';
import './index.css';

initI18n();
// Before the first render: requests to the demo backend wait until we know who answers them.
void startHosting();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
