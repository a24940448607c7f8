// ESLint flat config for the whole repository (the root eslint.config.js re-exports it): typescript-eslint everywhere,
// a few type-aware promise rules where a tsconfig covers the file, react-hooks rules for the web.
// It lives in the lint workspace because typescript-eslint must resolve this workspace's TypeScript 6 (see package.json).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Source trees that a tsconfig project covers: only these get the type-aware rules (the type program costs seconds).
const TYPED = [
  'server/src/**/*.{ts,tsx}',
  'web/src/**/*.{ts,tsx}',
  'schema/src/**/*.ts',
  'graph-seed/src/**/*.ts',
  'bench/src/**/*.ts',
  'tests/**/*.ts',
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsbuild/**',
      '**/generated/**',
      'bench/results/**',
      'test-results/**',
      'tests/screenshots/**',
      'tests/neo4j-server/target/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberate placeholders (the same convention tsc's noUnusedParameters honours).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: TYPED,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: `${import.meta.dirname}/..` } },
    rules: {
      // Cheap with the type program already built, and each catches a real class of bug: a promise nobody awaits
      // (lost errors, races in curation writes), an await on a non-promise, a promise where a callback is expected.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['web/src/**/*.{ts,tsx}', 'bench/browser/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
);
