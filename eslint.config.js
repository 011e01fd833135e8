// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-astro, and
// the folder boundaries of src/lib (docs/architecture.md): which code may import which, by
// where it runs. `npm run check` runs it after `astro check`.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * Import specifiers a folder must not use, each with the reason ESLint prints. A regex
 * matches the specifier as written, relative (`../site/routes.ts`) or not.
 */
const NODE_ONLY = [
  { group: ['node:*'], message: 'Node only: this code runs in the browser.' },
  { regex: '(^|/)import/', message: 'src/lib/import is Node only: this code runs in the browser.' },
];
const ASTRO_ONLY = [
  {
    group: ['astro:*'],
    message: 'Astro only: src/lib/site/collection.ts is the one reader of astro:content.',
  },
];

/** `no-restricted-imports` for a folder, with these patterns forbidden. */
const boundary = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
});

export default defineConfig(
  // `**/`: the benchmark's baseline site, under scripts/, has its own .astro/ and node_modules/.
  { ignores: ['dist/', 'dist-*/', '**/.astro/', '**/node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        // Node and the browser: which one a file may use is the boundaries' business.
        ...Object.fromEntries(
          ['process', 'console', 'URL', 'TextEncoder', 'TextDecoder', 'document', 'window', 'globalThis'].map(
            (name) => [name, 'readonly'],
          ),
        ),
      },
    },
    rules: {
      // The type checker (astro check) already reports unused names, with the tsconfig's own rules.
      '@typescript-eslint/no-unused-vars': 'off',
      'no-undef': 'off',
    },
  },
  // The model: plain TypeScript that runs anywhere, importing only itself.
  boundary(
    ['src/lib/archive/**'],
    [
      ...NODE_ONLY,
      ...ASTRO_ONLY,
      { regex: '(^|/)(site|search|markdown)/', message: 'src/lib/archive imports only itself.' },
    ],
  ),
  // Bundled into the search pages and the browser code.
  boundary(['src/lib/search/**', 'src/scripts/**'], [...NODE_ONLY, ...ASTRO_ONLY]),
  // Build-time page helpers, and the build's reader of an archive's files (archive-files.ts):
  // Astro and Node at build time, but never the importer, which writes letters (the site
  // reads them through the content loader).
  boundary(
    ['src/lib/site/**'],
    [{ regex: '(^|/)import/', message: 'src/lib/site never imports the importer.' }],
  ),
  // The importer and the Markdown plugin run in Node and never import page code.
  boundary(
    ['src/lib/import/**', 'src/lib/markdown/**'],
    [
      ...ASTRO_ONLY,
      {
        regex: '(^|/)(site|search)/',
        message: 'Node-side code never imports page or browser code.',
      },
    ],
  ),
);
