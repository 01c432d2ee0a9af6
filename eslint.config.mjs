import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/generated/**', 'node_modules/**', 'storybook-static/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.mjs', 'scripts/**', 'bench/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/all'],
  },
  {
    files: ['packages/elements/**/*.ts', 'stories/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression[callee.property.name=/^(only|skip)$/][callee.object.name=/^(it|test|describe)$/]',
          message: 'A skipped or focused test is not a passing one.',
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
);
