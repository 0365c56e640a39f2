/** Builds the renderer once before the run, so e2e servers start with `--no-build` and share it. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function setup(): Promise<void> {
  await build({ configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)) });
}
