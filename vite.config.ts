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
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small modules several views share (amounts, dates, dialogs, toasts) go in one chunk
          // loaded with the shell, instead of a dozen tiny chunks each view waits for: the browser
          // opens six connections to the host, and a view's first API calls queued behind them.
          groups: [{ name: 'common', test: /[\\/](renderer[\\/]src|shared)[\\/]/, minShareCount: 2 }],
        },
      },
    },
  },
  logLevel: 'warn',
});
