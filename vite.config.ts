import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * The register's script (AG Grid, 1.2 MB) is named in index.html: the browser fetches and compiles
 * it beside the shell's scripts instead of once they have run (the shell asks for it anyway, see
 * preloadView in renderer/src/main.tsx), and Chromium compiles a preloaded module off the page's thread.
 */
function preloadRegister(): Plugin {
  return {
    name: 'ledger-preload-register',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find((c) => c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('/register/RegisterView.tsx'));
        if (!chunk) throw new Error('vite.config.ts: the register chunk (renderer/src/register/RegisterView.tsx) was not found in the build');
        return [{ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `./${chunk.fileName}` }, injectTo: 'head' }];
      },
    },
  };
}

// The renderer is built to static files: the browser host serves them, and the Electron shell
// loads them from its app:// protocol. Relative base so both work.
export default defineConfig({
  root: fileURLToPath(new URL('./renderer', import.meta.url)),
  base: './',
  plugins: [preloadRegister()],
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
