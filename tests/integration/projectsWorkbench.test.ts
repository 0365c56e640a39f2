/** The register's own service methods: bulk set, archive many (and undo), node reorder, saved views per user. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openLedger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { openTemp, tableCounts, tempDir } from './helpers';
import path from 'node:path';

let ledger: Ledger;
afterEach(() => ledger?.close());

async function twoProjects(l: Ledger) {
  const a = await l.send('projects.create', { code: 'A-1', name: '甲项目', chain: '新能源', area: '杨家埠街道' });
  const b = await l.send('projects.create', { code: 'B-1', name: '乙项目', chain: '新能源', area: '杨家埠街道', ownerUnit: '经信局' });
  return [a, b] as const;
}

describe('bulk set and archive', () => {
  it('sets 区域 and 责任单位 of several projects in one go, with a history row per changed field', async () => {
    ledger = await openTemp();
    const lists = await ledger.send('codeLists.get', {});
    const [a, b] = await twoProjects(ledger);
    const area = lists.area.find((v) => v !== '杨家埠街道')!;
    const result = await ledger.send('projects.bulkSet', { ids: [a.id, b.id], changes: { area, ownerUnit: '经信局' } });
    expect(result.map((p) => [p.area, p.ownerUnit])).toEqual([[area, '经信局'], [area, '经信局']]);
    const historyB = await ledger.send('history.list', { projectId: b.id });
    // 乙 already had 经信局: only its area changed.
    expect(historyB.filter((h) => h.field === 'area' || h.field === 'ownerUnit').map((h) => h.field)).toEqual(['area']);
  });

  it('refuses a value outside the code list and changes no project', async () => {
    ledger = await openTemp();
    const [a, b] = await twoProjects(ledger);
    const before = (await tableCounts(ledger));
    await expect(ledger.send('projects.bulkSet', { ids: [a.id, b.id], changes: { chain: '不存在的链' } })).rejects.toMatchObject({
      body: { code: 'invalid_input', message: expect.stringContaining('不在代码表中') },
    });
    expect((await tableCounts(ledger))).toEqual(before);
    expect((await ledger.send('projects.get', { id: a.id })).project.chain).toBe('新能源');
  });

  it('refuses an empty bulk set', async () => {
    ledger = await openTemp();
    const [a] = await twoProjects(ledger);
    await expect(ledger.send('projects.bulkSet', { ids: [a.id], changes: {} })).rejects.toMatchObject({ body: { code: 'invalid_input' } });
  });

  it('archives several projects and brings them back (the 撤销 of the register)', async () => {
    ledger = await openTemp();
    const [a, b] = await twoProjects(ledger);
    await ledger.send('projects.archiveMany', { ids: [a.id, b.id], archived: true });
    expect(await ledger.send('projects.list', {})).toEqual([]);
    await ledger.send('projects.archiveMany', { ids: [a.id, b.id], archived: false });
    expect((await ledger.send('projects.list', {})).map((p) => p.code)).toEqual(['A-1', 'B-1']);
    const history = await ledger.send('history.list', { projectId: a.id });
    expect(history.filter((h) => h.field === 'archived').map((h) => h.after)).toEqual(expect.arrayContaining(['true', 'false']));
  });

  it('archives none when one id is unknown', async () => {
    ledger = await openTemp();
    const [a] = await twoProjects(ledger);
    await expect(ledger.send('projects.archiveMany', { ids: [a.id, 9999], archived: true })).rejects.toMatchObject({ body: { code: 'not_found' } });
    expect((await ledger.send('projects.get', { id: a.id })).project.archived).toBe(false);
  });
});

describe('node order', () => {
  it('moves a node up and down the schedule, and not past either end', async () => {
    ledger = await openTemp();
    const [a] = await twoProjects(ledger);
    const [template] = await ledger.send('templates.list', {});
    const nodes = await ledger.send('nodes.applyTemplate', { projectId: a.id, templateId: template!.id, start: '2026-01-05' });
    const names = nodes.map((n) => n.name);
    const moved = await ledger.send('nodes.move', { id: nodes[2]!.id, direction: 'up' });
    expect(moved.map((n) => n.name)).toEqual([names[0], names[2], names[1], ...names.slice(3)]);
    expect(moved.map((n) => n.seq)).toEqual(names.map((_, i) => i + 1));
    const first = await ledger.send('nodes.move', { id: nodes[0]!.id, direction: 'up' });
    expect(first[0]?.name).toBe(names[0]);
  });
});

describe('saved register views', () => {
  it('keeps the current layout and named views per user', async () => {
    const dbPath = path.join(tempDir(), 'views.sqlite');
    ledger = await openLedger({ dbPath, clock: fixedClock('2026-11-22'), actor: 'zhang', seedSampleIfNew: false });
    expect(await ledger.send('views.get', {})).toEqual({ current: null, saved: [] });
    const state = { groupBy: 'area', filter: { level: { filterType: 'text', type: 'equals', filter: '省重大' } } };
    await ledger.send('views.setCurrent', { state });
    await ledger.send('views.save', { name: '省重大按区域', state });
    await ledger.send('views.save', { name: '省重大按区域', state: { ...state, groupBy: 'chain' } });
    const mine = await ledger.send('views.get', {});
    expect(mine.current).toEqual(state);
    expect(mine.saved).toEqual([{ name: '省重大按区域', state: { ...state, groupBy: 'chain' } }]);
    await ledger.close();

    ledger = await openLedger({ dbPath, clock: fixedClock('2026-11-22'), actor: 'li', seedSampleIfNew: false });
    expect(await ledger.send('views.get', {})).toEqual({ current: null, saved: [] });
    await expect(ledger.send('views.save', { name: ' ', state })).rejects.toMatchObject({ body: { code: 'invalid_input' } });
  });
});
