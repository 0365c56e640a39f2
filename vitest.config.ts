import fs from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * The service tests that run again on PostgreSQL (the team edition's engine), unchanged: they reach
 * the register only through the services and `openTemp`. Tests of the SQLite file itself (damage,
 * migrations, backups, the worker thread, the CLI on a file) stay single-engine.
 */
const BOTH_ENGINES = [
  'ganttNodes', 'importBatches', 'importService', 'importTotalCheck', 'monthClose', 'nodeConsistency', 'pasteUndo',
  'projects', 'projectsConflict', 'provisionalCode', 'reports', 'reportsCsv', 'reportsProjectIds', 'rollupApi', 'rollupFair',
  'teamAccounts', 'teamPermissions', 'teamServer', 'templateBulk', 'unknownAmounts',
  'fillRounds', 'problems', 'rollupProperty', 'projectsWorkbench', 'home', 'teamScope', 'pgConnection', 'registerFilters',
].map((name) => `tests/integration/${name}.test.ts`).concat(
  // Two people in two browsers on one register: on PostgreSQL as an office runs it.
  'tests/e2e/teamTwoBrowsers.test.ts',
);

/** PostgreSQL is installed here (Debian's package), or CI requires it (and fails loudly when it is missing). */
const withPostgres = process.env.LEDGER_REQUIRE_PG === '1' || fs.existsSync('/usr/lib/postgresql');

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e starts a server and a browser per file; keep files apart on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'sqlite',
          include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts'],
          globalSetup: ['tests/globalSetup.ts'],
        },
      },
      ...(withPostgres
        ? [{
          extends: true as const,
          test: {
            name: 'postgres',
            include: BOTH_ENGINES,
            globalSetup: ['tests/globalSetup.ts', 'tests/pg/globalSetup.ts'],
            env: { LEDGER_TEST_ENGINE: 'postgres' },
          },
        }]
        : []),
    ],
  },
});
