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
