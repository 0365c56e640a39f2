/**
 * What a page load fetches before anything is drawn (issue 17), read from the built renderer that
 * the e2e run serves: the contract's schemas (zod) are not in the app's first scripts, and the
 * register's view is one script on top of the shell's, named in index.html so it is fetched beside
 * them, not a dozen small chunks each waiting for one of the browser's six connections to the host.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve('dist', 'renderer');

/** The chunks a script imports statically (those the browser fetches before running it). */
function staticImports(file: string): string[] {
  const code = fs.readFileSync(path.join(dist, 'assets', file), 'utf8');
  return [...code.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]!);
}

function closure(start: string[]): Set<string> {
  const seen = new Set<string>();
  const next = [...start];
  while (next.length > 0) {
    const file = next.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    next.push(...staticImports(file));
  }
  return seen;
}

function firstScripts(): Set<string> {
  const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
  expect(entries.length).toBeGreaterThan(0);
  return closure(entries);
}

const chunk = (prefix: string) => {
  const found = fs.readdirSync(path.join(dist, 'assets')).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.js'));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('the scripts a page load starts with', () => {
  it('hold no zod schemas: the contract is loaded once the page is idle', () => {
    for (const file of firstScripts()) {
      expect(/ZodError|_zod\b/.test(fs.readFileSync(path.join(dist, 'assets', file), 'utf8')), `${file} holds zod`).toBe(false);
    }
  });

  it('fetch the register\'s script beside the shell\'s, and it needs no other', () => {
    const first = firstScripts();
    expect(first.has(chunk('RegisterView'))).toBe(true);
    // Without the register: what the shell itself starts with.
    const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
    const shell = closure([...html.matchAll(/src="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!));
    expect(shell.has(chunk('RegisterView'))).toBe(false);
    const more = [...closure([chunk('RegisterView')])].filter((f) => !shell.has(f));
    expect(more).toEqual([chunk('RegisterView')]);
  });
});
