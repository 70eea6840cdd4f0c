// ESLint flat config: @eslint/js and typescript-eslint recommended everywhere, type-aware promise rules where a
// tsconfig covers the file (engine, main, renderer, tests), React hooks rules in the renderer. Prettier owns layout;
// `npm run lint` = `eslint . && prettier --check .`. A rule turned off here says why on its line.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TYPED = ['engine/**/*.ts', 'main/**/*.ts', 'renderer/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'];

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'coverage/**',
      'test-results/**',
      'node_modules/**',
      'engine/validate/generated/**',
      'seeds/**',
      'tests/fixtures/**',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module', globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Unused code is dead code; a leading underscore marks a parameter a signature needs but the body does not.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Non-null assertions follow noUncheckedIndexedAccess lookups the code has just bounds-checked (hot loops).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Comma sequences of assignments are a house idiom (`if (x) (a = 1), (b = 2)`); tsc reports a side-effect-free comma.
      '@typescript-eslint/no-unused-expressions': 'off',
      // File names and log lines are cleaned of control characters on purpose (\x00-\x1f are what they remove).
      'no-control-regex': 'off',
    },
  },
  {
    // Series coefficients are copied digit for digit from their references (fdlibm, the published GCJ-02 algorithm); the double they round to is meant.
    files: ['engine/numeric/**', 'engine/import/crs/suspectGcj02.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    files: TYPED,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its failure: the autosave and export paths must report every error.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The React Compiler is not used, so its bail-outs (e.g. @tanstack/react-virtual's unmemoizable API) change nothing.
      'react-hooks/incompatible-library': 'off',
      // The three effects that mirror an outside event into local state (platform bridge, a waiting boundary) render once more, on purpose.
      'react-hooks/set-state-in-effect': 'off',
    },
  },
  {
    // ImportDialog is rebuilt by the workstation-UI issue; its two effects' dependencies are fixed there, not patched here.
    files: ['renderer/components/ImportDialog.tsx'],
    rules: { 'react-hooks/exhaustive-deps': 'off' },
  },
  {
    // Tests poke at fakes and at window globals that have no types, and hand async callbacks to listeners they then await.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-misused-promises': 'off' },
  },
);
