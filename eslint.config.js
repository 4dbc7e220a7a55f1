// @ts-check
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'content/**',
      'tests/fixtures/**',
      'dist/**',
      '.astro/**',
      '.cache/**',
      'node_modules/**',
      'scratch/**',
      'screenshots/**',
      'test-results/**',
      'playwright-report/**',
      '.dist-*/**',
      '.pagefind-*/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { 'import-x': importX },
    rules: {
      // One module graph with no cycles: URL builders and registries stay leaves.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
    settings: {
      'import-x/resolver-next': [createNodeResolver()],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.mts'] },
      'import-x/extensions': ['.ts', '.mts', '.js', '.mjs'],
    },
  },
);
