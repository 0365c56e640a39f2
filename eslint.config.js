// Layering is enforced here so that a wrong import fails `npm run lint` instead of a review.
// Each folder gets one `no-restricted-imports` (flat config replaces, not merges, a rule's options).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeOnly = ['better-sqlite3', 'node:*', 'fs', 'path', 'os', 'child_process', 'http', 'crypto'];
const exceljsBehindOneModule = { regex: '^exceljs(/|$)', message: 'exceljs sits behind electron/services/excel/exceljs.ts: import that.' };
const servicesBelowTransports = [
  { group: ['electron'], message: 'services and db run in plain Node (tests, CLI, browser host): never import electron.' },
  { group: ['**/renderer/**', '**/transports/**', '**/cli/**', '**/shell/**'], message: 'services and db sit below the transports and the UI.' },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'data/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [exceljsBehindOneModule] }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', ...nodeOnly], message: 'shared/ runs in both processes: no Node-only or Electron imports.' },
          exceljsBehindOneModule,
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports neither side.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['electron', ...nodeOnly], message: 'renderer/ is sandboxed: reach data through the API client only.' },
          exceljsBehindOneModule,
          { group: ['**/electron/**'], message: 'renderer/ never imports electron/: use the API client.' },
        ],
      }],
    },
  },
  {
    // The services and the db layer are async over two engines: a call not awaited would let a
    // transaction commit before its writes, or a failure pass unseen.
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    files: ['electron/services/**', 'electron/db/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...servicesBelowTransports, exceljsBehindOneModule] }],
      // Here a promise handed where nothing waits for it (forEach, map without Promise.all) is a write outside its transaction.
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: true, attributes: false } }],
    },
  },
  {
    files: ['electron/services/excel/exceljs.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: servicesBelowTransports }] },
  },
);
