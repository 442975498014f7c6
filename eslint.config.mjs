// ESLint for the whole repository (flat config): TypeScript rules, React hooks in the panel, and the seam rule —
// another plugin is reached only through its package root (`@m-skp/<plugin>`), never its internals.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const impor_dalam = {
  patterns: [
    {
      regex: '^@m-skp/[a-z-]+/(?!package\\.json$).+',
      message: "Impor plugin lain lewat akar paketnya ('@m-skp/<plugin>', server/src/publik.ts), bukan isi dalamnya.",
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'cms/.strapi/**',
      'cms/build/**',
      'cms/.tmp/**',
      '**/coverage/**',
      'cms/public/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-restricted-imports': ['error', impor_dalam],
      // The compiler (strict, noImplicitAny) decides about `any`; where one is left it says why in a comment.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['admin/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  prettier,
);
