import { defineConfig } from 'vitest/config';

/**
 * Two projects: everything runs in Node (plain TypeScript, the server, the lint rules), except
 * component tests (`*.test.tsx`), which render React into jsdom with Testing Library.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'lint/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/memory-storage.ts', 'test/i18n-catalogues.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          include: ['src/**/*.test.tsx'],
          environment: 'jsdom',
          setupFiles: ['test/i18n-catalogues.ts', 'test/dom-setup.ts'],
        },
      },
    ],
  },
});
