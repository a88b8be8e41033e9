import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { demoBackendPlugin } from './server/vite-plugin';
import { demoServiceWorkerPlugin } from './server/vite-service-worker';

export default defineConfig({
  plugins: [react(), tailwindcss(), demoBackendPlugin(), demoServiceWorkerPlugin()],
  // Relative asset URLs: dist/ works from any static host under any sub-path.
  base: './',
  build: { chunkSizeWarningLimit: 4096 },
});
