import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { demoBackendPlugin } from './server/vite-plugin';
import { demoServiceWorkerPlugin } from './server/vite-service-worker';
import { precompressPlugin } from './server/precompress';

// No chunkSizeWarningLimit: the one chunk over 500 kB is Monaco's own module graph (lazy, requested
// after the first paint). Splitting it by size breaks its evaluation order ("n is not a constructor").
export default defineConfig({
  // precompressPlugin last: it writes .br/.gz twins of everything the others emitted.
  plugins: [react(), tailwindcss(), demoBackendPlugin(), demoServiceWorkerPlugin(), precompressPlugin()],
  // Relative asset URLs: dist/ works from any static host under any sub-path.
  base: './',
});
