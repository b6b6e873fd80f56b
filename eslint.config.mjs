// Lint rules for every package. eslint-plugin-regexp's no-super-linear-backtracking and
// friends guard the parsers against regular expressions that backtrack catastrophically
// on untrusted input (ReDoS).
import js from '@eslint/js';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      'regexp/no-misleading-capturing-group': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports only.' },
      ],
    },
  },
  {
    // Library code runs in browsers and edge runtimes: no Node built-ins.
    files: ['packages/*/src/**/*.ts'],
    ignores: ['packages/newsparse/src/cli*.ts', 'packages/newsparse/src/cli/**', 'packages/newsparse/src/worker.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', 'fs', 'path', 'os', 'child_process', 'worker_threads', 'url', 'util', 'stream', 'crypto'], message: 'Library code must not import Node built-ins.' }] },
      ],
    },
  },
);
