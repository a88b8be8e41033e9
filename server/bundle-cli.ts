/**
 * `npm pack` (prepack): bundles the Node server into plain JavaScript under pack/, so the packed
 * package runs with Node alone, without tsx or any other devDependency; its runtime libraries are
 * inlined too. The built app (dist/) is packed beside it (package.json "files").
 * Run: `tsx server/bundle-cli.ts` (after `npm run build`).
 */
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)];

await build({
  root: ROOT,
  configFile: false,
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'pack',
    emptyOutDir: true,
    copyPublicDir: false,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { cli: 'server/cli.ts' },
      // vite is only imported to build dist/, which the packed command never does.
      external: [...nodeBuiltins, 'vite'],
      output: {
        format: 'esm',
        entryFileNames: '[name].js',
        chunkFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
console.log('bundled the server into pack/');
