/**
 * Builds the in-browser demo backend (src/service-worker/demo-sw.ts) into `dist/demo-sw.js`, beside
 * index.html: a Service Worker's scope can be at most its own directory, so it cannot live in
 * assets/. One classic script with everything inlined (module workers are not supported everywhere),
 * and a fixed name so the browser's update check finds a new build at the same URL.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { DEMO_WORKER_FILE } from '../src/core/hosting/app-location';
const ENTRY = fileURLToPath(new URL('../src/service-worker/demo-sw.ts', import.meta.url));

export function demoServiceWorkerPlugin(): Plugin {
  let minify: boolean | 'terser' | 'esbuild' | 'oxc' = true;
  return {
    name: 'responses-playground:demo-service-worker',
    apply: 'build',
    configResolved(config) {
      minify = config.build.minify;
    },
    async generateBundle() {
      const { build } = await import('vite');
      const output = await build({
        configFile: false,
        logLevel: 'warn',
        build: {
          write: false,
          minify,
          emptyOutDir: false,
          copyPublicDir: false,
          lib: {
            entry: ENTRY,
            formats: ['iife'],
            name: 'responsesPlaygroundDemo',
            fileName: () => DEMO_WORKER_FILE,
          },
        },
      });
      const results = Array.isArray(output) ? output : [output];
      for (const result of results) {
        if (!('output' in result)) throw new Error('the demo service worker build did not produce output');
        for (const chunk of result.output) {
          if (chunk.type === 'chunk' && chunk.isEntry)
            this.emitFile({ type: 'asset', fileName: DEMO_WORKER_FILE, source: chunk.code });
        }
      }
    },
  };
}
