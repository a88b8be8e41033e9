import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { demoBackendPlugin } from './server/vite-plugin';

export default defineConfig({
  plugins: [react(), tailwindcss(), demoBackendPlugin()],
  build: { chunkSizeWarningLimit: 4096 },
});
