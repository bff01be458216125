// @ts-check
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports one layer may not make: they would run the one-way flow in docs/architecture.md backwards.
 * @param {string} message
 * @param {string[]} groups `src/` folders, each forbidden as `@/<folder>/…`
 * @param {string[]} [more] further patterns
 * @returns {import('eslint').Linter.RulesRecord}
 */
const layerRule = (message, groups, more = []) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: [...groups.flatMap((group) => [`@/${group}/*`, `@/${group}/**`]), ...more], message }] }],
});

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'test-results', 'playwright-report', 'node_modules', '.tmp'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  reactHooks.configs.flat['recommended-latest'],
  {
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // A leading underscore marks a value taken out on purpose, as when dropping fields from a row.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/domain/**'],
    rules: layerRule('domain/ is plain logic: it imports nothing of the app’s but itself.', ['db', 'hooks', 'store', 'components', 'features', 'pwa', 'app']),
  },
  {
    files: ['src/db/**'],
    rules: layerRule('db/ imports only domain/.', ['hooks', 'store', 'components', 'features', 'pwa', 'app']),
  },
  {
    files: ['src/hooks/**', 'src/store/**', 'src/components/**', 'src/pwa/**'],
    rules: layerRule('Shared code cannot reach into a screen; move what both need down a layer.', ['features', 'app']),
  },
  {
    // Features do not import each other; what two share moves to components/ or hooks/.
    files: ['src/features/**'],
    rules: layerRule('Features do not import each other or app/: move what two share to components/ or hooks/.', ['features', 'app'], ['../*']),
  },
  {
    // In tests a `!` states what the test just arranged; a wrong one fails the test loudly.
    files: ['tests/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // Playwright fixtures and Node scripts are plain JavaScript run by Node.
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
