// Lint typé : règles « unsafe » en erreur, accessibilité sur l'interface DSFR,
// et moteur pur (ni console, ni horloge, ni environnement, ni imports Node).
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'apps/web/public/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: { allowDefaultProject: ['eslint.config.js', 'packages/cli/bin/*.js', '.ci/*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Les tests lisent du JSON (type any) et affirment la présence de valeurs.
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'packages/moteur/src/test-utils/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Le moteur est pur : ses entrées-sorties sont injectées (docs/adr/ADR-2026-11-23-moteur-pur.md).
    files: ['packages/moteur/src/**/*.ts'],
    ignores: ['**/*.test.ts', 'packages/moteur/src/test-utils/**'],
    rules: {
      'no-console': 'error',
      'no-restricted-globals': ['error', 'process', 'Date', 'setTimeout', 'setInterval', 'fetch', 'performance'],
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'path', 'http', 'os'] }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Date']", message: "Pas d'horloge dans le moteur : passez la date en entrée." }],
    },
  },
  {
    // Frontières : un paquet n'importe d'un autre que son point d'entrée public.
    files: ['apps/**/*.ts', 'apps/**/*.tsx', 'packages/cli/**/*.ts', 'bench/**/*.ts', 'e2e/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ group: ['@cesu/moteur/*', '**/packages/moteur/src/**'], message: "Importez '@cesu/moteur' (point d'entrée public)." }] }] },
  },
  {
    files: ['apps/web/src/**/*.tsx', 'apps/web/src/**/*.ts'],
    ...jsxA11y.flatConfigs.strict,
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: { ...globals.browser } },
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    rules: { ...jsxA11y.flatConfigs.strict.rules, ...reactHooks.configs.recommended.rules },
  },
);
