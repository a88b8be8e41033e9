// The layers of src/ and which way imports may flow, held by eslint-plugin-boundaries:
//   core ← state ← features ← app, with components/ui and i18n usable from state, features and app.
// A feature reaches another feature only through its index.ts (its public face); files inside one
// element (a feature, the core …) import each other freely. Tests sit next to their code and follow
// the same zones. lint/boundaries.test.ts proves that these rules bite.
import boundaries from 'eslint-plugin-boundaries';

const zone = (type) => ({ element: { type } });
const zones = (...types) => types.map(zone);
/** Another feature's public index; its other files are that feature's own business. */
const featureIndex = { element: { type: 'feature', fileInternalPath: 'index.{ts,tsx}' } };
/**
 * The core's message tables (`*-messages.ts`: English templates by id, plain data) and the message
 * type (`said.ts`): the English catalogue takes the tables as they are, so each English text is
 * written once, and src/i18n words the core's messages. Nothing else of the core is i18n's business.
 */
const coreMessages = { element: { type: 'core', fileInternalPath: ['**/*-messages.ts', 'said.ts'] } };

/** The framework-free core and its package bans (boundaries only sees our own files). */
const corePackageBans = {
  files: ['src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['react', 'react-*', 'react/*'], message: 'src/core stays framework-free.' },
          { group: ['zustand', 'zustand/*', '@tanstack/*'], message: 'src/core stays framework-free.' },
          {
            group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
            message: 'src/core stays framework-free.',
          },
          { group: ['i18next', 'react-i18next'], message: 'src/core returns data; the UI words it.' },
        ],
      },
    ],
  },
};

/** Monaco lives in one module; everything else gets it (or its colorizer) from there. */
const monacoInOneModule = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['src/features/request-editor/monaco-setup.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'],
            message: 'Monaco is imported only by src/features/request-editor/monaco-setup.ts.',
          },
        ],
      },
    ],
  },
};

export const boundariesConfig = [
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': [
        { type: 'core', pattern: 'src/core', partialMatch: false },
        { type: 'state', pattern: 'src/state', partialMatch: false },
        { type: 'ui', pattern: 'src/components/ui', partialMatch: false },
        { type: 'i18n', pattern: 'src/i18n', partialMatch: false },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'], partialMatch: false },
        { type: 'app', pattern: 'src/app', partialMatch: false },
        // The in-browser demo's Service Worker: its own program, beside the app, on the core.
        { type: 'service-worker', pattern: 'src/service-worker', partialMatch: false },
        // Whatever else is directly in src/ (main.tsx): the entry point that mounts the app.
        { type: 'entry', pattern: 'src', partialMatch: false },
      ],
      // Re-exports and lazy `import()` cross boundaries too.
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
      'boundaries/legacy-templates': false,
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            '{{ from.element.type }} may not import {{ to.element.path }}/{{ to.element.fileInternalPath }}: imports flow core ← state ← features ← app, and another feature only through its index.ts (docs/architecture.md)',

          policies: [
            { from: zone('core'), allow: { to: zone('core') } },
            { from: zone('i18n'), allow: { to: [zone('i18n'), coreMessages] } },
            { from: zone('ui'), allow: { to: zones('core', 'i18n') } },
            { from: zone('state'), allow: { to: zones('core', 'i18n') } },
            { from: zone('feature'), allow: { to: [...zones('core', 'state', 'ui', 'i18n'), featureIndex] } },
            { from: zone('app'), allow: { to: [...zones('core', 'state', 'ui', 'i18n'), featureIndex] } },
            { from: zone('entry'), allow: { to: zones('app', 'i18n') } },
            { from: zone('service-worker'), allow: { to: zones('core', 'service-worker') } },
          ],
        },
      ],
    },
  },
  // Before the core's bans: for core files those replace this rule (and ban Monaco too).
  monacoInOneModule,
  corePackageBans,
];
