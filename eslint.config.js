// Lint: TypeScript rules everywhere, and the boundary that keeps src/core pure.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB',
  'HTMLElement', 'Element', 'Node', 'location', 'alert', 'confirm', 'fetch', 'XMLHttpRequest', 'WebSocket',
  'self', 'postMessage', 'requestAnimationFrame', 'Image', 'FileReader'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'out/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // NOTE: core runs in Node and in the worker; it must never reach for the UI or the page.
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'react-i18next'], message: 'src/core must not import React.' },
          { group: ['cytoscape', 'cytoscape-*'], message: 'src/core must not import cytoscape.' },
          { group: ['**/ui/**', '**/worker/**', '**/cli/**'], message: 'src/core must not import outer layers.' },
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: `src/core must not use the DOM global "${name}".` }))],
    },
  },
);
