import http from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { startHttpHost, type RunningHost } from '../../electron/transports/httpServer';
import { METHOD_NAMES } from '../../shared/contract';
import { openTemp } from './helpers';

let ledger: Ledger;
let host: RunningHost;

beforeAll(async () => {
  ledger = await openTemp();
  await ledger.send('projects.create', { code: 'H-1', name: '卫蓝新能源', totalInvestment: 13_900_000_000, chain: '新能源' });
  host = await startHttpHost(ledger, {});
});
afterAll(async () => {
  await host.close();
  await ledger.close();
});

interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so the Host and Origin headers are exactly what a test says. */
function request(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'POST', headers: { Host: `127.0.0.1:${host.port}`, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

const json = { 'Content-Type': 'application/json' };

describe('browser host API', () => {
  it('answers a call with the right token', async () => {
    const reply = await request('/api/projects.list', { headers: { ...json, 'X-Ledger-Token': host.token }, body: '{}' });
    expect(reply.status).toBe(200);
    const result = JSON.parse(reply.body) as { ok: boolean; value: Array<{ name: string; totalInvestment: number }> };
    expect(result.value[0]).toMatchObject({ name: '卫蓝新能源', totalInvestment: 13_900_000_000 });
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('serves every contract method through the same route', async () => {
    for (const method of METHOD_NAMES) {
      const reply = await request(`/api/${method}`, { headers: { ...json, 'X-Ledger-Token': host.token }, body: '{"__probe":1}' });
      // Every method exists (no 404) and validates its input (the stray field is refused).
      expect([reply.status, method]).toEqual([400, method]);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('refuses a missing or wrong token', async () => {
    const missing = await request('/api/projects.list', { headers: json, body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body).error.message).toMatch(/访问令牌/);
    const wrong = await request('/api/projects.list', { headers: { ...json, 'X-Ledger-Token': '0'.repeat(32) }, body: '{}' });
    expect(wrong.status).toBe(401);
    const short = await request('/api/projects.list', { headers: { ...json, 'X-Ledger-Token': host.token.slice(0, 10) }, body: '{}' });
    expect(short.status).toBe(401);
  });

  it('refuses a foreign Host header (DNS rebinding) even with the token', async () => {
    const reply = await request('/api/projects.list', { headers: { ...json, 'X-Ledger-Token': host.token, Host: `evil.example:${host.port}` }, body: '{}' });
    expect(reply.status).toBe(421);
    const page = await request('/', { method: 'GET', headers: { Host: 'evil.example' } });
    expect(page.status).toBe(421);
  });

  it('accepts the page own Origin, as a browser sends it on fetch and module scripts', async () => {
    const own = await request('/api/data.info', { headers: { ...json, 'X-Ledger-Token': host.token, Origin: `http://127.0.0.1:${host.port}` }, body: '{}' });
    expect(own.status).toBe(200);
    const viaLocalhost = await request('/api/data.info', { headers: { ...json, 'X-Ledger-Token': host.token, Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` }, body: '{}' });
    expect(viaLocalhost.status).toBe(200);
  });

  it('refuses a foreign Origin and non-JSON posts', async () => {
    const origin = await request('/api/projects.list', { headers: { ...json, 'X-Ledger-Token': host.token, Origin: 'http://evil.example' }, body: '{}' });
    expect(origin.status).toBe(403);
    const form = await request('/api/projects.list', { headers: { 'Content-Type': 'text/plain', 'X-Ledger-Token': host.token }, body: '{}' });
    expect(form.status).toBe(415);
    const broken = await request('/api/projects.list', { headers: { ...json, 'X-Ledger-Token': host.token }, body: '{not json' });
    expect(broken.status).toBe(400);
    const get = await request('/api/projects.list', { method: 'GET', headers: { 'X-Ledger-Token': host.token } });
    expect(get.status).toBe(405);
  });

  it('answers a wrong field with its name, and writes nothing', async () => {
    const reply = await request('/api/projects.create', { headers: { ...json, 'X-Ledger-Token': host.token }, body: JSON.stringify({ code: 'H-2', name: '坏数据', totalInvestment: '139亿' }) });
    expect(reply.status).toBe(400);
    expect(JSON.parse(reply.body).error.message).toMatch(/总投资/);
    expect(await ledger.send('projects.list', {})).toHaveLength(1);
  });

  it('binds to loopback only', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.openUrl).toContain(`#token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('browser host under hostile requests', () => {
  const auth = () => ({ ...json, 'X-Ledger-Token': host.token });
  const hardened = (reply: Reply) => {
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['content-security-policy']).toContain("default-src 'self'");
    return JSON.parse(reply.body) as { ok: false; error: { code: string; message: string; messageEn: string } };
  };

  it('answers an oversized body with 413 and its message, declared or streamed, instead of a reset', async () => {
    const declared = await request('/api/projects.list', { headers: { ...auth(), 'Content-Length': String(40 * 1024 * 1024) } });
    expect(declared.status).toBe(413);
    expect(hardened(declared).error.message).toMatch(/请求过大（上限 28 MB）/);

    const streamed = await new Promise<Reply>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: host.port, path: '/api/projects.list', method: 'POST', headers: { Host: `127.0.0.1:${host.port}`, ...auth() } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      });
      req.on('error', reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      for (let i = 0; i < 30; i++) req.write(chunk);
      req.end();
    });
    expect(streamed.status).toBe(413);
    expect(hardened(streamed).error.messageEn).toMatch(/too large/);
  });

  it('refuses JSON nested thousands deep with 400 and a body, and keeps serving', async () => {
    const deep = `{"id":${'['.repeat(3000)}1${']'.repeat(3000)}}`;
    const reply = await request('/api/projects.get', { headers: auth(), body: deep });
    expect(reply.status).toBe(400);
    expect(hardened(reply).error.message).toMatch(/嵌套超过 100 层/);
    // Brackets inside strings are text, not nesting.
    const inText = await request('/api/projects.list', { headers: auth(), body: JSON.stringify({ query: '[{'.repeat(50) }) + ' '.repeat(10) });
    expect(inText.status).toBe(200);
    const bad = await request('/api/projects.list', { headers: auth(), body: '{"query": ' });
    expect(bad.status).toBe(400);
    expect(hardened(bad).error.code).toBe('invalid_input');
  });

  it('writes a backup only inside the database folder when asked through the host', async () => {
    const outside = path.join(os.tmpdir(), `host-backup-${process.pid}.sqlite`);
    const refused = await request('/api/data.backup', { headers: auth(), body: JSON.stringify({ out: outside }) });
    expect(refused.status).toBe(403);
    expect(hardened(refused).error.message).toMatch(/只能写入数据库所在文件夹/);
    expect(fs.existsSync(outside)).toBe(false);
    const sneaky = await request('/api/data.backup', { headers: auth(), body: JSON.stringify({ out: path.join(path.dirname(ledger.ctx.dbPath), '..', 'escape.sqlite') }) });
    expect(sneaky.status).toBe(403);
    const inside = path.join(path.dirname(ledger.ctx.dbPath), 'backups', 'mine.sqlite');
    const ok = await request('/api/data.backup', { headers: auth(), body: JSON.stringify({ out: inside }) });
    expect(ok.status).toBe(200);
    expect(fs.existsSync(inside)).toBe(true);
    const plain = await request('/api/data.backup', { headers: auth(), body: '{}' });
    expect(plain.status).toBe(200);
  });
});
