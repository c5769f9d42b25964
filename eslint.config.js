// ESLint for Postcheck (`npm run check`). Formatting is Prettier's alone (.prettierrc.json): no style rules here.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import unicorn from 'eslint-plugin-unicorn';
import globals from 'globals';
import local from './scripts/eslint-rules.mjs';

// Which part may import what. './x' is a path in this repo (any way of writing it: relative, '@/'), anything else
// a package. `typesAllowed`: `import type` from there is fine, it brings in no code.
const BROWSER = ['wxt/browser', 'webextension-polyfill', '@wxt-dev/browser', '@wxt-dev/webextension-polyfill'];
const PAGE_AND_UI = ['./lib/sites', './lib/content', './lib/background', './components'];
const zones = [
  {
    from: './lib/review',
    forbid: [...BROWSER, 'react', 'react-dom', 'zod', './lib/settings/schema', ...PAGE_AND_UI],
    typesAllowed: ['./lib/settings/schema'],
    why: 'the engine is pure and runs anywhere: no browser API, page or UI code, and no zod (the settings schema configures it)',
  },
  // The content script and what it is built from: the site adapters, the messages, the networks' descriptors, the ids.
  ...['./lib/content', './lib/sites', './lib/messaging', './lib/networks', './lib/ids.ts'].map((from) => ({
    from,
    forbid: ['react', 'react-dom', 'zod', './lib/review', './components', './lib/settings/schema'],
    typesAllowed: ['./lib/review', './lib/settings/schema'],
    why: 'the content script runs in every page of the site and stays small: no React, zod or review engine',
  })),
  { from: './lib', forbid: ['./components', './entrypoints'], why: 'lib/ is what the UI builds on, never the other way round' },
];

export default defineConfig(
  {
    // Dot folders hold build output and tools' files (.output, .wxt, .e2e, .ci), never our source.
    ignores: ['.*/', 'coverage/', 'demo-screenshots/', 'store/screenshots/', 'public/'],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  // Typed linting (the project service reads tsconfig.json): promises that are neither awaited nor caught are the bugs
  // that matter most in an extension, where an unhandled rejection in the background is easily missed.
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { local, unicorn },
    rules: {
      'local/boundaries': ['error', { zones }],
      'local/compat-expiry': 'error',
      // "TODO [2027-01-01]: …" or "TODO [>1.0.0]" fails once due (dates are checked only when asked); a plain TODO
      // stays allowed.
      'unicorn/expiring-todo-comments': ['error', { checkDates: true }],
      // tsc reports unused locals and parameters (noUnusedLocals, noUnusedParameters): one report, not two.
      '@typescript-eslint/no-unused-vars': 'off',
      // Props and store actions are declared in method shorthand (`onChange(value: T): void`) and destructured; no
      // code here relies on `this`, so the rule would flag every such prop (about 75) and catch nothing.
      '@typescript-eslint/unbound-method': 'off',
      // An async event handler in JSX is the React idiom; the promise's errors are handled inside it.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Handing on a caught value as it is (`Promise.reject(error)`) is not inventing a non-Error reason.
      '@typescript-eslint/prefer-promise-reject-errors': ['error', { allowThrowingUnknown: true }],
    },
  },
  {
    // Tests read untyped things on purpose (vitest's JSON reports, fakes, page globals through Playwright) and spell
    // out the types they expect; `await null` yields to the microtask queue deliberately; fake listeners answer with
    // promises as the extension's do. The rules against those would flag ~250 lines of intended test code.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/await-thenable': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // The build, test and bench scripts are plain JavaScript outside the TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', caughtErrors: 'none' }] },
  },
  {
    files: ['components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    // The whole recommended set, the React Compiler's checks included (refs read or written during render, state
    // set in render or effects, impure renders): they found one ref written during render and cost ~4 s.
    extends: [reactHooks.configs.flat.recommended],
    rules: { 'react-hooks/exhaustive-deps': 'error' },
  },
);
