// ESLint flat config. `npm run lint` runs it over the whole repo with --max-warnings=0.
// The import-boundary rules keep the layers of design.md apart; each carries the reason.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const DOMAIN = 'domain must stay pure TypeScript';
const IO = 'exporters/importers are pure functions';
const DEXIE = 'only storage/ talks to IndexedDB';
const STORAGE = 'storage is a port; UI reaches it through app hooks';

/** Relative and aliased imports of a top-level folder of src/. */
const folder = (name) => [
  `../${name}`,
  `../${name}/**`,
  `../../${name}`,
  `../../${name}/**`,
  `@/${name}`,
  `@/${name}/**`,
];

// Browser code cannot use Node built-ins; only tests (and the CLI, scripts, e2e) may.
const nodeImports = ['node:*', 'fs', 'fs/**', 'path', 'child_process', 'os', 'url'];

const reactImports = ['react', 'react/**', 'react-dom', 'react-dom/**', 'react-*'];
const dexieImports = ['dexie', 'dexie/**', 'dexie-react-hooks', 'dexie-react-hooks/**'];

/** `no-restricted-imports` with one message per group of patterns. */
const restrictImports = (...groups) => [
  'error',
  { patterns: groups.map(([group, message]) => ({ group, message })) },
];

const uiImports = [...reactImports, '@tanstack/*', 'react-hook-form'];

function domainImports({ node }) {
  return restrictImports(
    [uiImports, DOMAIN],
    [['io', 'storage', 'features', 'app', 'cli'].flatMap(folder), DOMAIN],
    [dexieImports, `${DOMAIN}; ${DEXIE}`],
    ...(node ? [] : [[nodeImports, `${DOMAIN}: it runs in the browser, no Node built-ins`]]),
  );
}

function ioImports({ node }) {
  return restrictImports(
    [uiImports, IO],
    [['storage', 'features', 'app', 'cli'].flatMap(folder), IO],
    [dexieImports, `${IO}; ${DEXIE}`],
    ...(node ? [] : [[nodeImports, `${IO}: they run in the browser too, no Node built-ins`]]),
  );
}

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'test-results/',
      'test-results-*/',
      'playwright-report/',
      'reports/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { ...globals.browser },
    },
    rules: {
      // Unused arguments and variables are allowed when they start with _ (placeholders).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      // Relaxed for comments (strings, regexps and templates are skipped by default): Chinese
      // text quotes the full-width space U+3000 (全角空格) that real reports contain.
      'no-irregular-whitespace': [
        'error',
        { skipComments: true, skipStrings: true, skipRegExps: true, skipTemplates: true },
      ],
      // House style: `import type` / inline `type` imports. `import('…').T` annotations are
      // allowed: src/domain/rules/types.ts uses one to avoid a type-only import cycle.
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
    rules: {
      ...reactHooks.configs.flat['recommended-latest'].rules,
      // Relaxed: this rule warns that the React Compiler will skip components using APIs it
      // cannot memoize, such as TanStack Table's useReactTable (pinned in toolchain.md). We do
      // not build with the React Compiler, so nothing is skipped and the warning is noise.
      'react-hooks/incompatible-library': 'off',
    },
  },

  // Node code: scripts, configs, the command line, e2e tests and unit tests.
  {
    files: [
      'scripts/**',
      '*.config.{js,ts,mjs}',
      'e2e/**',
      'src/cli/**',
      'test/**',
      '**/*.test.{ts,tsx}',
      'src/**/testing/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },

  // Only storage/ talks to IndexedDB (applies everywhere; the folders below repeat it).
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    ignores: ['src/storage/**'],
    rules: { 'no-restricted-imports': restrictImports([dexieImports, DEXIE]) },
  },

  // src/domain: pure TypeScript, no UI, no storage, no browser globals, no ambient clock.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': domainImports({ node: false }),
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'indexedDB'].map((name) => ({
          name,
          message: `${DOMAIN}: no DOM or browser storage in the domain`,
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: `${DOMAIN}: inject the clock (a \`now\` argument) instead of Date.now()`,
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: `${DOMAIN}: inject the clock (a \`now\` argument) instead of new Date()`,
        },
      ],
    },
  },

  // src/io: pure importers/exporters over the domain; may use only domain, zod and htmlparser2.
  { files: ['src/io/**/*.ts'], rules: { 'no-restricted-imports': ioImports({ node: false }) } },

  // Relaxed: looksBinary() matches control characters on purpose, to reject binary files
  // before parsing them as a report.
  { files: ['src/io/limits.ts'], rules: { 'no-control-regex': 'off' } },

  // Unit tests and their helpers (testing/ folders) may read fixtures with Node APIs; the
  // other limits still hold.
  {
    files: ['src/domain/**/*.test.ts', 'src/domain/**/testing/**'],
    rules: { 'no-restricted-imports': domainImports({ node: true }) },
  },
  {
    files: ['src/io/**/*.test.ts', 'src/io/**/testing/**'],
    rules: { 'no-restricted-imports': ioImports({ node: true }) },
  },

  // src/storage: the persistence port; no UI.
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(
        [uiImports, STORAGE],
        [['features', 'app', 'cli'].flatMap(folder), STORAGE],
      ),
    },
  },
);
