/**
 * 团队版 server over HTTP(S): nothing without signing in; a session cookie that scripts cannot
 * read; each call made as the signed-in person (a 填报 user of 凤凰街道 refused 龙溪街道's project
 * with 403 and nothing written, their own edit named in the history); a guesser gets 429; signing
 * out ends the session; HTTPS with a certificate marks the cookie Secure.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Project } from '../../shared/domain/types';
import type { Ledger } from '../../electron/services/ledger';
import { startTeamServer, type RunningTeamServer } from '../../electron/transports/teamServer';
import { openTemp, tableCounts, tempDir } from './helpers';

let ledger: Ledger;
let server: RunningTeamServer;
let fenghuang: Project;
let longxi: Project;

interface Reply { status: number; body: { ok: boolean; value?: unknown; error?: { code: string; message: string } }; cookie?: string }

async function post(pathname: string, input: unknown, cookie?: string, base = server.url): Promise<Reply> {
  const res = await fetch(new URL(pathname, base), { method: 'POST', headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) }, body: JSON.stringify(input) });
  const setCookie = res.headers.get('set-cookie') ?? undefined;
  return { status: res.status, body: (await res.json()) as Reply['body'], ...(setCookie ? { cookie: setCookie } : {}) };
}

async function signedIn(name: string, password: string): Promise<string> {
  const reply = await post('/auth/login', { name, password });
  expect(reply.status).toBe(200);
  return reply.cookie!.split(';')[0]!;
}

beforeAll(async () => {
  ledger = await openTemp();
  fenghuang = await ledger.send('projects.create', { code: 'FH-1', name: '卫蓝新能源', area: '凤凰街道', chain: '新能源' });
  longxi = await ledger.send('projects.create', { code: 'LX-1', name: '蜂巢能源', area: '龙溪街道', chain: '新能源' });
  await ledger.send('accounts.create', { name: 'fh01', displayName: '凤凰街道 李四', role: 'filler', scope: { area: '凤凰街道' }, password: 'fenghuang-01' });
  await ledger.send('accounts.create', { name: 'bianji', displayName: '招商科 张三', role: 'editor', password: 'bianji-2026' });
  server = await startTeamServer(ledger, { host: '127.0.0.1', port: 0, publicNames: ['127.0.0.1'] });
});
afterAll(async () => {
  await server.close();
  ledger.close();
});

describe('the team server', () => {
  it('answers nothing of the register before signing in, and refuses a wrong password with 401', async () => {
    expect(await post('/api/projects.list', {})).toMatchObject({ status: 401, body: { error: { message: '请先登录（或登录已过期）' } } });
    expect(await post('/auth/login', { name: 'fh01', password: 'wrong-one' })).toMatchObject({ status: 401, body: { error: { code: 'unauthorized' } } });
    const ok = await post('/auth/login', { name: 'fh01', password: 'fenghuang-01' });
    expect(ok.cookie).toMatch(/^ledger_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict$/);
  });

  it('makes each call as the signed-in person: a 填报 user edits only their own area', async () => {
    const cookie = await signedIn('fh01', 'fenghuang-01');
    expect((await post('/api/projects.list', {}, cookie)).status).toBe(200);
    const before = tableCounts(ledger);
    const refused = await post('/api/projects.update', { id: longxi.id, version: longxi.version, changes: { progressNote: '已开工' } }, cookie);
    expect(refused).toMatchObject({ status: 403, body: { error: { code: 'forbidden', message: expect.stringContaining('龙溪街道') } } });
    expect(tableCounts(ledger)).toEqual(before);
    const own = await post('/api/projects.update', { id: fenghuang.id, version: fenghuang.version, changes: { progressNote: '主体封顶' } }, cookie);
    expect(own.status).toBe(200);
    const history = await ledger.send('history.list', { projectId: fenghuang.id });
    expect(history.find((h) => h.field === 'progressNote')?.actor).toBe('凤凰街道 李四');
    expect(await post('/api/session.me', {}, cookie)).toMatchObject({ status: 200, body: { value: { account: { name: 'fh01', role: 'filler' } } } });
  });

  it('two people saving the same project: the second, on a stale copy, is refused and nothing is lost', async () => {
    const editor = await signedIn('bianji', 'bianji-2026');
    const filler = await signedIn('fh01', 'fenghuang-01');
    const loaded = (await ledger.send('projects.get', { id: fenghuang.id })).project;
    const first = await post('/api/projects.update', { id: fenghuang.id, version: loaded.version, changes: { progressNote: '设备安装' } }, editor);
    expect(first.status).toBe(200);
    const second = await post('/api/projects.update', { id: fenghuang.id, version: loaded.version, changes: { progressNote: '试生产' } }, filler);
    expect(second).toMatchObject({ status: 400, body: { error: { code: 'conflict', message: expect.stringContaining('已在别处被修改') } } });
    expect((await ledger.send('projects.get', { id: fenghuang.id })).project.progressNote).toBe('设备安装');
  });

  it('ends the session on signing out, and makes a guesser wait (429)', async () => {
    const cookie = await signedIn('fh01', 'fenghuang-01');
    const out = await post('/auth/logout', {}, cookie);
    expect(out.cookie).toContain('Max-Age=0');
    expect((await post('/api/projects.list', {}, cookie)).status).toBe(401);
    // Five wrong guesses (this address already failed once above): then even the right password waits.
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post('/auth/login', { name: 'bianji', password: `guess-${i}-xx` })).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(await post('/auth/login', { name: 'bianji', password: 'bianji-2026' })).toMatchObject({ status: 429, body: { error: { message: expect.stringContaining('登录失败次数过多') } } });
  });

  it('over HTTPS with the office certificate, the session cookie is Secure', async () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'], { stdio: 'ignore' });
    const tls = { cert: fs.readFileSync(cert, 'utf8'), key: fs.readFileSync(key, 'utf8') };
    const secure = await startTeamServer(ledger, { host: '127.0.0.1', port: 0, publicNames: ['127.0.0.1'], tls });
    try {
      const reply = await new Promise<{ status: number; cookie: string }>((resolve, reject) => {
        const req = https.request(new URL('/auth/login', secure.url), { method: 'POST', ca: tls.cert, headers: { 'Content-Type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '') }));
        });
        req.on('error', reject);
        req.end(JSON.stringify({ name: 'fh01', password: 'fenghuang-01' }));
      });
      expect(secure.url.startsWith('https://127.0.0.1:')).toBe(true);
      expect(reply.status).toBe(200);
      expect(reply.cookie).toContain('; Secure');
    } finally {
      await secure.close();
    }
  });
});
