// ESLint flat config. Besides the usual rule sets it enforces the one-way architecture
// (STYLE.md habit 7): features never import each other, and domain/data never import upwards.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import pluginQuery from '@tanstack/eslint-plugin-query';
import globals from 'globals';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: features
          .filter((other) => other !== feature)
          .flatMap((other) => [
            {
              group: [`../${other}/*`, `**/features/${other}/*`],
              message: 'Features meet only in src/app.',
            },
          ])
          .concat([{ group: ['**/app/*'], message: 'Features never import the app.' }]),
      },
    ],
  },
}));

const layer = (folder, forbidden, message) => ({
  files: [`src/${folder}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'playwright-report',
      'test-results',
      'bench-results',
      'public',
      '.stryker-tmp',
      'reports',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Never insert HTML: render text as React children.',
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'tests/**', '*.config.{js,ts}', '.ci/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...featureBoundaries,
  layer(
    'domain',
    [
      'react',
      'react-dom',
      '**/state/*',
      '**/derived/*',
      '**/search/*',
      '**/components/*',
      '**/features/*',
      '**/app/*',
    ],
    'domain/ is pure TypeScript: no React, no UI state.',
  ),
  layer(
    'data',
    ['**/state/*', '**/derived/*', '**/search/*', '**/components/*', '**/features/*', '**/app/*'],
    'data/ loads and validates; it never reads UI state or what is derived from it.',
  ),
  layer(
    'search',
    ['**/state/*', '**/derived/*', '**/components/*', '**/features/*', '**/app/*'],
    'search/ runs the quote search; it knows nothing of the UI.',
  ),
  layer(
    'state',
    ['**/derived/*', '**/components/*', '**/features/*', '**/app/*'],
    'state/ holds what the user chose; it never imports views or derived values.',
  ),
  layer(
    'derived',
    ['**/components/*', '**/features/*', '**/app/*'],
    'derived/ computes view-models from data and state; it never imports views.',
  ),
  layer(
    'components',
    ['**/state/*', '**/derived/*', '**/search/*', '**/features/*', '**/app/*'],
    'components/ are shared, dumb UI: they get what they show as props.',
  ),
  layer(
    'instrumentation',
    ['**/state/*', '**/derived/*', '**/features/*', '**/app/*'],
    'instrumentation/ only measures.',
  ),
);
