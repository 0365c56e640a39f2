/**
 * The browser host keeps answering while a large import runs: the file is read in a worker thread,
 * so a small call made meanwhile (here 项目列表 on a kept-alive connection, as the browser makes
 * it) is answered before the import finishes, and is not reset.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { startHttpHost, type RunningHost } from '../../electron/transports/httpServer';
import { openTemp } from './helpers';

let ledger: Ledger;
let host: RunningHost;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

beforeAll(async () => {
  ledger = await openTemp();
  await ledger.send('projects.create', { code: 'H-1', name: '卫蓝新能源', totalInvestment: 13_900_000_000, chain: '新能源' });
  host = await startHttpHost(ledger, {});
});
afterAll(async () => {
  agent.destroy();
  await host.close();
  ledger.close();
});

function call(method: string, input: unknown): { sent: Promise<void>; reply: Promise<{ status: number; body: string }> } {
  const body = JSON.stringify(input);
  let sent!: () => void;
  const sentPromise = new Promise<void>((resolve) => { sent = resolve; });
  const reply = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: host.port, path: `/api/${method}`, method: 'POST', agent, headers: { Host: `127.0.0.1:${host.port}`, 'Content-Type': 'application/json', 'X-Ledger-Token': host.token } }, (res) => {
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
