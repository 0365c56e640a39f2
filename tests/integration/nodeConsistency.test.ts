/** A schedule that cannot contradict itself: 完成% follows an actual end, actual dates are not in the future, 计划竣工 follows its node. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, tableCounts, TODAY } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

const weilan = { code: 'NTH-2023-001', name: '卫蓝新能源年产20GWh固态电池项目', company: '卫蓝新能源（湖州）有限公司', chain: '新能源', area: '湖州科技城', totalInvestment: 13_900_000_000, signedOn: '2026-03-16' };

async function scheduled() {
  ledger = await openTemp();
  const created = await ledger.send('projects.create', weilan);
  const [template] = await ledger.send('templates.list', {});
  await ledger.send('nodes.applyTemplate', { projectId: created.id, templateId: template!.id, start: '2026-03-16', version: created.version });
  return ledger.send('projects.get', { id: created.id });
}

describe('node consistency', () => {
  it('marks a node 100% done when its actual end is entered, and records that in the history', async () => {
    const { project, nodes } = await scheduled();
    const node = nodes.find((n) => n.name !== '签约' && n.percent === 0)!;
    const after = await ledger.send('nodes.update', { id: node.id, changes: { actualEnd: '2026-10-12' }, version: project.version });
    expect(after.find((n) => n.id === node.id)?.percent).toBe(100);
    const history = await ledger.send('history.list', { projectId: project.id });
    expect(history.some((h) => h.field === `${node.name}.percent` && h.before === '0' && h.after === '100')).toBe(true);
  });

  it('keeps a percent the user gave with the actual end', async () => {
    const { project, nodes } = await scheduled();
    const node = nodes.find((n) => n.name !== '签约' && n.percent === 0)!;
    const after = await ledger.send('nodes.update', { id: node.id, changes: { actualEnd: '2026-10-12', percent: 90 }, version: project.version });
    expect(after.find((n) => n.id === node.id)?.percent).toBe(90);
  });

  it('refuses an actual date after today, naming the node, and changes nothing', async () => {
    const { project, nodes } = await scheduled();
    const node = nodes.find((n) => n.name === '开工')!;
    const before = (await tableCounts(ledger));
    await expect(ledger.send('nodes.update', { id: node.id, changes: { actualEnd: '2026-12-05' }, version: project.version })).rejects.toMatchObject({
      body: { code: 'invalid_input', message: expect.stringContaining(`节点「开工」的实际完成日期 2026-12-05 晚于今天（${TODAY}）`), messageEn: expect.stringContaining('is after today') },
    });
    await expect(ledger.send('nodes.add', { projectId: project.id, after: null, node: { name: '环评批复', milestone: false, plannedStart: null, plannedEnd: null, actualStart: '2027-01-01', actualEnd: null, percent: 0, note: '' }, version: project.version })).rejects.toMatchObject({
      body: { message: expect.stringContaining('节点「环评批复」的实际开始日期 2027-01-01 晚于今天') },
    });
    expect((await tableCounts(ledger))).toEqual(before);
    expect((await ledger.send('nodes.list', { projectId: project.id })).find((n) => n.id === node.id)?.actualEnd).toBeNull();
  });

  it('refuses an actual end before the actual start', async () => {
    const { project, nodes } = await scheduled();
    const node = nodes.find((n) => n.name === '开工')!;
    await expect(ledger.send('nodes.update', { id: node.id, changes: { actualStart: '2026-09-10', actualEnd: '2026-09-01' }, version: project.version })).rejects.toMatchObject({
      body: { message: expect.stringContaining('实际完成日期 2026-09-01 早于实际开始日期 2026-09-10') },
    });
  });

  it('moves 计划竣工 with its node when the following nodes are shifted, with a history row', async () => {
    const { project: loaded, nodes } = await scheduled();
    const completion = nodes.find((n) => n.name === '竣工')!;
    // 计划竣工 as the register holds it: the 竣工 node's planned end.
    const project = await ledger.send('projects.update', { id: loaded.id, version: loaded.version, changes: { plannedCompletion: completion.plannedEnd } });
    const first = nodes.find((n) => n.seq === 2)!;
    const shifted = await ledger.send('nodes.update', { id: first.id, changes: { plannedEnd: addDays(first.plannedEnd!, 30) }, shiftFollowing: true, version: project.version });
    const movedCompletion = shifted.find((n) => n.id === completion.id)!.plannedEnd;
    expect(movedCompletion).toBe(addDays(completion.plannedEnd!, 30));
    const reloaded = await ledger.send('projects.get', { id: project.id });
    expect(reloaded.project.plannedCompletion).toBe(movedCompletion);
    const history = await ledger.send('history.list', { projectId: project.id });
    expect(history.some((h) => h.field === 'plannedCompletion' && h.after === movedCompletion)).toBe(true);
  });

  it('leaves 计划竣工 alone when an unrelated node changes', async () => {
    const { project, nodes } = await scheduled();
    const node = nodes.find((n) => n.name === '竣工')!;
    const other = nodes[nodes.length - 1]!;
    await ledger.send('nodes.update', { id: other.id, changes: { note: '待定' }, version: project.version });
    expect((await ledger.send('projects.get', { id: project.id })).project.plannedCompletion).toBe(project.plannedCompletion);
    expect(node.plannedEnd).not.toBeNull();
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
