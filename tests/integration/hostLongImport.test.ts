/**
 * The browser host keeps answering while a large import runs: the file is read, planned and written
 * on a worker thread, so small calls made meanwhile (here 项目列表 on a kept-alive connection, as
 * the browser makes them) are answered throughout the import, not after it, and a write made
 * meanwhile waits its turn instead of failing with "database is locked".
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { startHttpHost, type RunningHost } from '../../electron/transports/httpServer';
import { startApp, type RunningApp } from '../e2e/harness';
import { openTemp } from './helpers';

let ledger: Ledger;
let host: RunningHost;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  ledger = await openTemp({ offThread: true });
  await ledger.send('projects.create', { code: 'H-1', name: '卫蓝新能源', totalInvestment: 13_900_000_000, chain: '新能源' });
  host = await startHttpHost(ledger, {});
});
afterAll(async () => {
  agent.destroy();
  await host.close();
  await ledger.close();
});

interface Target { port: number; token: string }

function call(method: string, input: unknown, target: Target = host): { sent: Promise<void>; reply: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify(input);
  let sent!: () => void;
  const sentPromise = new Promise<void>((resolve) => { sent = resolve; });
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: target.port, path: `/api/${method}`, method: 'POST', agent, headers: { Host: `127.0.0.1:${target.port}`, 'Content-Type': 'application/json', 'X-Ledger-Token': target.token } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body, () => sent());
  });
  return { sent: sentPromise, reply };
}

function bigList(rows: number): string {
  const lines = ['项目编号,项目名称,建设单位,产业链,所在街道,总投资（万元）,开工时间,责任领导,形象进度'];
  for (let i = 1; i <= rows; i++) lines.push(`L-${i},长清单项目${i}号,湖州第${i % 300}建设有限公司,新能源,凤凰街道,${1000 + i},2026-03-01,王建国,桩基施工`);
  return lines.join('\n');
}

describe('a long import through the browser host', () => {
  it('a small call made while 30,000 rows are imported is answered first, on a kept-alive connection', async () => {
    // One call first, so the agent holds an idle kept-alive connection the small call will reuse.
    expect((await call('projects.list', {}).reply).status).toBe(200);
    const file = { name: '全区清单.csv', base64: Buffer.from(bigList(30_000)).toString('base64') };
    const inspection = JSON.parse((await call('imports.inspect', { file }).reply).body) as { ok: boolean; value: { mapping: unknown[] } };
    expect(inspection.ok).toBe(true);

    const order: string[] = [];
    const big = call('imports.commit', { file, mapping: inspection.value.mapping, matchKey: 'code', mode: 'upsert' });
    await big.sent;
    const small = call('projects.list', {});
    const [bigReply, smallReply] = await Promise.all([
      big.reply.then((r) => { order.push('import'); return r; }),
      small.reply.then((r) => { order.push('list'); return r; }),
    ]);
    expect(smallReply.status).toBe(200);
    expect((JSON.parse(smallReply.body) as { value: unknown[] }).value.length).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(bigReply.body)).toMatchObject({ ok: true, value: { added: 30_000 } });
    expect(order).toEqual(['list', 'import']);
  }, 180_000);

});

describe('a long import through the browser host in its own process, as the app runs it', () => {
  let app: Target;
  let running: RunningApp;
  beforeAll(async () => {
    running = await startApp();
    const url = new URL(running.url);
    app = { port: Number(url.port), token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '' };
  }, 90_000);
  afterAll(async () => { await running.stop(); });

  it('keeps answering while the rows are planned and written, and queues a write made meanwhile', async () => {
    const file = { name: '全区清单二.csv', base64: Buffer.from(bigList(30_000).replace(/L-/g, 'M-')).toString('base64') };
    const inspection = JSON.parse((await call('imports.inspect', { file }, app).reply).body) as { value: { mapping: unknown[] } };
    let importDoneAt = 0;
    const big = call('imports.commit', { file, mapping: inspection.value.mapping, matchKey: 'code', mode: 'upsert' }, app);
    const bigDone = big.reply.then((r) => { importDoneAt = Date.now(); return r; });
    await big.sent;
    // A write sent meanwhile (renaming the first project) must wait for the import, then succeed.
    const first = (JSON.parse((await call('projects.list', {}, app).reply).body) as { value: Array<{ id: number; version: number }> }).value[0]!;
    const write = call('projects.update', { id: first.id, version: first.version, changes: { name: '卫蓝新能源（改）' } }, app).reply;
    // Small calls every 100 ms until the import answers (bounded: at most 3 minutes of them).
    const pings: Array<Promise<{ sentAt: number; answeredAt: number }>> = [];
    const started = Date.now();
    while (importDoneAt === 0 && Date.now() - started < 180_000) {
      const sentAt = Date.now();
      pings.push(call('data.info', {}, app).reply.then(() => ({ sentAt, answeredAt: Date.now() })));
      await new Promise((r) => setTimeout(r, 100));
    }
    const bigReply = await bigDone;
    expect(JSON.parse(bigReply.body)).toMatchObject({ ok: true, value: { added: 30_000 } });
    const writeReply = JSON.parse((await write).body) as { ok: boolean };
    expect(writeReply.ok).toBe(true);
    // Every small call sent more than a second before the import finished was answered before it:
    // on the request thread, planning and writing 30,000 rows holds every call until the end.
    const early = (await Promise.all(pings)).filter((p) => p.sentAt < importDoneAt - 1000);
    expect(early.length).toBeGreaterThanOrEqual(3);
    expect(early.filter((p) => p.answeredAt > importDoneAt)).toEqual([]);
  }, 240_000);
});
