import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

// The renderer is built to static files: the browser host serves them, and the Electron shell
// loads them from its app:// protocol. Relative base so both work.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  logLevel: 'warn',
});
