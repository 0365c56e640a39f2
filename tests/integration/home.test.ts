/** 首页: its figures agree with the register and the rollups, name the projects they count, and each user keeps their own 关注项目. */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { openTemp, tempDir, runSql } from './helpers';

const opened: Ledger[] = [];
afterEach(async () => {
  for (const l of opened.splice(0)) await l.close();
});

async function sample(today = '2026-11-22'): Promise<Ledger> {
  const ledger = await openTemp({ seed: true, today });
  opened.push(ledger);
  return ledger;
}

describe('home.summary', () => {
  it('shows the register as the rollups total it, for the month it names', async () => {
    const ledger = await sample();
    const home = await ledger.send('home.summary', {});
    const rollup = await ledger.send('rollups.by', { by: 'chain', month: home.month });
    const rows = await ledger.send('projects.list', {});
    expect(home.headline).toEqual({ ...rollup.total, key: home.headline.key, share: home.headline.share });
    expect(home.ids.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(home.headline.count).toBe(rows.length);
  });

  it('lists exactly the red and yellow projects of the register, with their reasons, largest first', async () => {
    const ledger = await sample();
    const home = await ledger.send('home.summary', {});
    const rows = await ledger.send('projects.list', {});
    const red = rows.filter((r) => r.light.color === 'red');
    expect(home.red.map((p) => p.id).sort()).toEqual(red.map((r) => r.id).sort());
    expect(home.yellow.map((p) => p.id).sort()).toEqual(rows.filter((r) => r.light.color === 'yellow').map((r) => r.id).sort());
    expect(red.length).toBeGreaterThan(0);
    for (const p of home.red) expect(p.reason).toBe(red.find((r) => r.id === p.id)!.light.reason);
    const sizes = home.red.map((p) => p.totalInvestment ?? -1);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('counts a milestone done in the month and the year from the nodes’ actual dates', async () => {
    const ledger = await sample();
    const home = await ledger.send('home.summary', { month: '2026-11' });
    const rows = await ledger.send('projects.list', {});
    for (const event of home.events) {
      const expected = { month: [] as number[], year: [] as number[] };
      for (const row of rows) {
        const { nodes } = await ledger.send('projects.get', { id: row.id });
        const done = nodes.find((n) => n.name === event.event)?.actualEnd;
        if (done?.startsWith('2026-11')) expected.month.push(row.id);
        if (done?.startsWith('2026') && done.slice(0, 7) <= '2026-11') expected.year.push(row.id);
      }
      expect({ event: event.event, month: [...event.month].sort(), year: [...event.year].sort() }).toEqual({ event: event.event, month: expected.month.sort(), year: expected.year.sort() });
    }
    expect(home.events.some((e) => e.year.length > 0)).toBe(true);
  });

  it('defaults to last month on the 1st, before anyone reported this month', async () => {
    const ledger = await sample('2026-12-01');
    expect((await ledger.send('home.summary', {})).month).toBe('2026-11');
  });

  it('lists an open 卡点 past its promised date, most overdue first, and not once it is resolved', async () => {
    const ledger = await sample();
    const [a, b] = await ledger.send('projects.list', {});
    const insert = (...values: unknown[]) => runSql(ledger, `INSERT INTO problems (project_id, node_id, text, department, promised_on, resolved_on, created_at) VALUES (?, NULL, ?, ?, ?, ?, '2026-10-01T00:00:00Z')`, ...values);
    await insert(a!.id, '用地指标未落实', '区自然资源分局', '2026-11-10', null);
    await insert(b!.id, '电力增容待批', '区发改局', '2026-10-31', null);
    await insert(b!.id, '已解决的问题', '区住建局', '2026-10-01', '2026-10-20');
    await insert(a!.id, '尚未到期', '区住建局', '2026-12-30', null);
    const home = await ledger.send('home.summary', {});
    // Among the sample register's own overdue 卡点 (its solved one and the one not yet due left out).
    expect(home.overdueProblems.map((p) => [p.text.slice(0, 6), p.daysLate, p.department])).toEqual([
      ['矿坑边坡加固', 22, '区住房和城乡建设局'],
      ['电力增容待批', 22, '区发改局'],
      ['用地指标未落', 12, '区自然资源分局'],
      ['消防验收整改', 7, '区消防救援大队'],
      ['配套道路及雨', 4, '区城市建设投资集团'],
      ['外方股东增资', 2, '吴兴区商务局'],
    ]);
  });

  it('keeps 关注项目 per user: one user’s watch list is not another’s', async () => {
    const dbPath = path.join(tempDir(), 'ledger.sqlite');
    const wang = await openLedger({ dbPath, clock: fixedClock('2026-11-22'), actor: '王科长', seedSampleIfNew: true });
    opened.push(wang);
    const [first, second] = await wang.send('projects.list', {});
    await wang.send('home.watch', { projectId: first!.id, watched: true });
    await wang.send('home.watch', { projectId: second!.id, watched: true });
    expect(await wang.send('home.watch', { projectId: first!.id, watched: false })).toEqual([second!.id]);
    const li = await openLedger({ dbPath, clock: fixedClock('2026-11-22'), actor: '李主任', seedSampleIfNew: false });
    opened.push(li);
    expect((await li.send('home.summary', {})).watched).toEqual([]);
    expect((await wang.send('home.summary', {})).watched.map((p) => p.name)).toEqual([second!.name]);
    await expect(wang.send('home.watch', { projectId: 99_999, watched: true })).rejects.toMatchObject({ body: { code: 'not_found' } });
  });
});
