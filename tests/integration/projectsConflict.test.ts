/** Two editors of one project: a schedule or monthly write made on a stale copy is refused and writes nothing. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, tableCounts } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

const weilan = { code: 'NTH-2023-001', name: '卫蓝新能源年产20GWh固态电池项目', company: '卫蓝新能源（湖州）有限公司', chain: '新能源', area: '湖州科技城', level: '省重大', totalInvestment: 13_900_000_000, signedOn: '2023-06-16' };

/** A project with the standard schedule, as both editors loaded it; then the other editor saves a field. */
async function staleCopy() {
  ledger = await openTemp();
  const created = await ledger.send('projects.create', weilan);
  const [template] = await ledger.send('templates.list', {});
  await ledger.send('nodes.applyTemplate', { projectId: created.id, templateId: template!.id, start: '2026-06-01', version: created.version });
  const loaded = await ledger.send('projects.get', { id: created.id });
  const other = await ledger.send('projects.update', { id: created.id, version: loaded.project.version, changes: { leader: '王区长' } });
  return { loaded, current: other };
}

async function snapshot() {
  const [detail, history] = await Promise.all([ledger.send('projects.get', { id: 1 }), ledger.send('history.list', { projectId: 1 })]);
  return { detail, history, counts: await tableCounts(ledger) };
}

describe('version check on schedule and monthly edits', () => {
  it('refuses every stale node edit, naming the project, and leaves nodes and audit rows as they were', async () => {
    const { loaded } = await staleCopy();
    const { project, nodes } = loaded;
    const before = await snapshot();
    const start = nodes.find((n) => n.name === '开工')!;
    const stale = project.version;
    const attempts = [
      ledger.send('nodes.update', { id: start.id, changes: { plannedStart: '2026-12-29', plannedEnd: '2026-12-29' }, shiftFollowing: true, version: stale }),
      ledger.send('nodes.add', { projectId: project.id, after: null, node: { name: '环评', milestone: false, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, percent: 0, note: '' }, version: stale }),
      ledger.send('nodes.remove', { id: start.id, version: stale }),
      ledger.send('nodes.move', { id: start.id, direction: 'up', version: stale }),
      ledger.send('nodes.applyTemplate', { projectId: project.id, templateId: 1, start: '2027-01-01', version: stale }),
    ];
    for (const attempt of attempts) {
      await expect(attempt).rejects.toMatchObject({
        body: { code: 'conflict', message: expect.stringMatching(/「卫蓝新能源年产20GWh固态电池项目」已在别处被修改/), messageEn: expect.stringContaining('changed elsewhere') },
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a stale monthly edit and keeps the month as it was', async () => {
    const { loaded } = await staleCopy();
    await ledger.send('monthly.set', { projectId: 1, month: '2026-10', values: { completed: 50_000_000 } });
    const before = await snapshot();
    const stale = ledger.send('monthly.set', { projectId: 1, month: '2026-10', values: { completed: 1 }, version: loaded.project.version });
    await expect(stale).rejects.toMatchObject({ body: { code: 'conflict', message: expect.stringContaining('卫蓝新能源') } });
    expect(await snapshot()).toEqual(before);
    expect(before.detail.monthly.find((m) => m.month === '2026-10')?.completed).toBe(50_000_000);
  });

  it('accepts edits made on the current version, one after another, each moving the version on', async () => {
    const { current } = await staleCopy();
    const { nodes } = await ledger.send('projects.get', { id: 1 });
    const start = nodes.find((n) => n.name === '开工')!;
    const auditBefore = (await ledger.send('history.list', { projectId: 1 })).length;
    const after = await ledger.send('nodes.update', { id: start.id, changes: { plannedStart: '2026-12-29', plannedEnd: '2026-12-29' }, shiftFollowing: false, version: current.version });
    expect(after.find((n) => n.name === '开工')?.plannedEnd).toBe('2026-12-29');
    const next = (await ledger.send('projects.get', { id: 1 })).project.version;
    expect(next).toBe(current.version + 1);
    const entry = await ledger.send('monthly.set', { projectId: 1, month: '2026-11', values: { completed: 12_000_000 }, version: next });
    expect(entry.completed).toBe(12_000_000);
    expect((await ledger.send('projects.get', { id: 1 })).project.version).toBe(next + 1);
    // Two node dates, 计划开工 following the 开工 node, and the month's figure.
    const history = await ledger.send('history.list', { projectId: 1 });
    expect(history.length).toBe(auditBefore + 4);
    expect(history.some((h) => h.field === 'plannedStart' && h.after === '2026-12-29')).toBe(true);
  });
});

describe('many saves at the same moment (the team server runs them side by side on PostgreSQL)', () => {
  it('of one loaded copy: exactly one lands, the others are refused, and the history holds that one', async () => {
    ledger = await openTemp();
    const created = await ledger.send('projects.create', weilan);
    const leaders = ['王芳', '赵磊', '李娜', '陈刚', '周敏', '吴涛', '郑洁', '孙伟'];
    const results = await Promise.allSettled(
      leaders.map((leader) => ledger.send('projects.update', { id: created.id, version: created.version, changes: { leader } })),
    );
    const saved = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { body?: { code: string } }] : []));
    expect(saved).toHaveLength(1);
    expect(refused.map((e) => e.body?.code)).toEqual(Array(leaders.length - 1).fill('conflict'));
    const detail = await ledger.send('projects.get', { id: created.id });
    expect(detail.project).toMatchObject({ leader: saved[0]!.leader, version: created.version + 1 });
    const history = await ledger.send('history.list', { projectId: created.id });
    expect(history.filter((h) => h.field === 'leader').map((h) => h.after)).toEqual([saved[0]!.leader]);
  });

  it('of different projects: every one lands, each once', async () => {
    ledger = await openTemp();
    const projects = [];
    for (let i = 1; i <= 8; i++) projects.push(await ledger.send('projects.create', { code: `C-${i}`, name: `并发项目${i}` }));
    await Promise.all(projects.map((p, i) => ledger.send('projects.update', { id: p.id, version: p.version, changes: { annualPlan: (i + 1) * 1_000_000 } })));
    const rows = await ledger.send('projects.list', { query: '并发项目' });
    expect(rows.map((r) => [r.code, r.annualPlan, r.version]).sort()).toEqual(projects.map((p, i) => [p.code, (i + 1) * 1_000_000, p.version + 1]).sort());
  });

  it('closing the same month twice at once: one closes it, the other is told it is closed, by whom', async () => {
    ledger = await openTemp({ seed: true });
    const results = await Promise.allSettled([ledger.send('months.close', { month: '2026-10' }), ledger.send('months.close', { month: '2026-10' })]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ body: { code: 'conflict', message: expect.stringMatching(/2026年10月已于 .* 由 tester 月结/) } });
    expect((await ledger.send('months.list', {})).closings.map((c) => c.month)).toEqual(['2026-10']);
  });
});
