/**
 * The renderer is split by view (issue 17): the app shell's script holds neither AG Grid nor
 * ECharts, each is in the chunk of the view that draws it, and the desktop app's app:// protocol
 * serves every chunk the build wrote, with its type and the CSP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { rendererResponse } from '../../electron/shell/protocol';

const root = path.resolve(import.meta.dirname, '../..');
let out: string;

beforeAll(async () => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'renderer-chunks-'));
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  process.env.NODE_ENV = previous;
}, 240_000);

const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

describe('renderer chunks', () => {
  it('keeps AG Grid and ECharts out of the shell, each in its own view’s chunk', () => {
    const html = read('index.html');
    const chunks = fs.readdirSync(path.join(out, 'assets')).filter((f) => f.endsWith('.js'));
    const register = chunks.find((f) => f.startsWith('RegisterView-'));
    // What the page loads before any view: the entry script and what it preloads, but the register's
    // script, which index.html names so it is fetched beside the shell's (run only when the register is shown).
    const named = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(named).toContain(`assets/${register}`);
    const shell = named.filter((f) => f !== `assets/${register}`);
    expect(shell.length).toBeGreaterThan(0);
    for (const file of shell) {
      expect(read(file)).not.toContain('AG Grid');
      expect(read(file)).not.toContain('ECharts');
    }
    const rollups = chunks.find((f) => f.startsWith('RollupsView-'));
    expect(register && read(`assets/${register}`)).toContain('AG Grid');
    expect(rollups && read(`assets/${rollups}`)).toContain('ECharts');
    expect(chunks.filter((f) => /View-/.test(f)).length).toBeGreaterThanOrEqual(8);
  });

  it('serves every chunk over app:// with its type and the CSP', async () => {
    const serve = rendererResponse(out);
    for (const file of fs.readdirSync(path.join(out, 'assets'))) {
      const res = await serve(new Request(`app://ledger/assets/${file}`));
      expect(res.status, file).toBe(200);
      expect(res.headers.get('content-type'), file).toMatch(file.endsWith('.js') ? /^text\/javascript/ : file.endsWith('.css') ? /^text\/css/ : /./);
      expect(res.headers.get('content-security-policy'), file).toContain("script-src 'self'");
    }
  });
});
