import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'shared/**/*.test.ts', 'electron/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // e2e starts a server and a browser per file; keep files apart on a 2-core machine.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
