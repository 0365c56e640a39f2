/**
 * A long list through the browser host (issue 17): written in slices, so a 30 MB answer does not
 * hold up the others, and the same JSON as a short one, every project there.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { SLICED_ANSWER_ROWS } from '../../electron/transports/http';
import { startHttpHost, type RunningHost } from '../../electron/transports/httpServer';
import { openTemp } from './helpers';

let ledger: Ledger;
let host: RunningHost;

beforeAll(async () => {
  ledger = await openTemp();
  await ledger.send('data.generate', { projects: SLICED_ANSWER_ROWS + 150, seed: 7 });
  host = await startHttpHost(ledger, {});
}, 120_000);
afterAll(async () => {
  await host?.close();
  await ledger?.close();
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function call(method: string, input: unknown, onFirstPiece?: (req: http.ClientRequest) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: `/api/${method}`, method: 'POST', headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-Ledger-Token': host.token } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => {
          if (chunks.length === 0) onFirstPiece?.(req);
          chunks.push(c);
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
        res.on('aborted', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', (err) => (req.destroyed ? resolve({ status: 0, headers: {}, body: '' }) : reject(err)));
    req.end(JSON.stringify(input));
  });
}

describe('a long list through the browser host', () => {
  it('answers every project, the same JSON the service gives, written in slices', async () => {
    const answer = await call('projects.list', {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    const parsed = JSON.parse(answer.body) as { ok: boolean; value: Array<{ id: number; name: string; totalInvestment: number | null }> };
    expect(parsed.ok).toBe(true);
    const expected = await ledger.send('projects.list', {});
    expect(parsed.value.length).toBe(expected.length);
    expect(parsed.value.length).toBeGreaterThan(SLICED_ANSWER_ROWS);
    expect(parsed.value).toEqual(JSON.parse(JSON.stringify(expected)));
  }, 60_000);

  it('stops writing a long list once the page went away, and keeps answering', async () => {
    // Projects serialized by the host (it runs in this process), one by one or inside a whole answer.
    let serialized = 0;
    const stringify = JSON.stringify.bind(JSON);
    const spy = vi.spyOn(JSON, 'stringify').mockImplementation(((value: unknown, ...rest: never[]) => {
      const list = value && typeof value === 'object' && 'value' in value && Array.isArray(value.value) ? value.value : null;
      if (list) serialized += list.length;
      else if (value && typeof value === 'object' && 'code' in value && 'totalInvestment' in value) serialized += 1;
      return stringify(value, ...rest);
    }) as typeof JSON.stringify);
    try {
      const cut = await call('projects.list', {}, (req) => req.destroy());
      expect(cut.body.length).toBeLessThan(1000);
      // Give the host time to have written the rest, had it gone on.
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      spy.mockRestore();
    }
    expect(serialized).toBeGreaterThan(0);
    expect(serialized).toBeLessThan(SLICED_ANSWER_ROWS);
    const info = await call('data.info', {});
    expect(info.status).toBe(200);
    expect((JSON.parse(info.body) as { value: { projectCount: number } }).value.projectCount).toBeGreaterThan(SLICED_ANSWER_ROWS);
  }, 60_000);
});
