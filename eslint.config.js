import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first: a folder may import its own layer and those below it,
 * never one above (ARCHITECTURE.md draws them). `charts` and `components` are one layer of
 * two siblings that never import each other; `app` (and src/main.tsx) may import anything.
 */
export const LAYERS = [
  ['data'],
  ['i18n'],
  ['encoding'],
  ['transforms', 'curation'],
  ['export'],
  ['state'],
  ['ui'],
  ['charts', 'components', 'workbench'],
  ['app'],
];

/** One `no-restricted-imports` block per folder, naming the folders it may not reach. */
function layerRules() {
  return LAYERS.flatMap((layer, level) => {
    const above = LAYERS.slice(level + 1).flat();
    return layer.map((folder) => {
      const forbidden = [...above, ...layer.filter((sibling) => sibling !== folder)];
      return {
        files: [`src/${folder}/**/*.{ts,tsx}`],
        rules: {
          'no-restricted-imports': [
            'error',
            {
              patterns: forbidden.length
                ? [
                    {
                      regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
                      message: `src/${folder} sits below ${forbidden.join(', ')} (see ARCHITECTURE.md): move the shared code down a layer instead.`,
                    },
                  ]
                : [],
            },
          ],
        },
      };
    });
  });
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'playwright-report',
      'test-results',
      'node_modules',
      'bench/dist-peers',
      'bench/data',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...layerRules(),
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
);
