/** Builds the renderer once before the run, so e2e servers start with `--no-build` and share it. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function setup(): Promise<void> {
  // Both test projects run this (the postgres one has e2e too); vitest runs them one after the other in one process.
  if (process.env.LEDGER_RENDERER_BUILT === '1') return;
  // Vitest sets NODE_ENV=test, and Vite would then bundle React's development build: test what users get.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
    process.env.LEDGER_RENDERER_BUILT = '1';
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
