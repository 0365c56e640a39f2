/**
 * A block pasted into the register and Ctrl+Z / Ctrl+Y through the history: valid cells saved in
 * one transaction as one edit, refused ones named; a write failing mid-way leaves nothing; undo and
 * redo survive reopening the file, are themselves in the history, and refuse to overwrite a later edit.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, tableCounts, tempDir, refuseWrites } from './helpers';
import { dispatch } from '../../electron/services/dispatch';
import type { Account } from '../../electron/services/context';

let ledger: Ledger;
afterEach(() => ledger?.close());

const base = { company: '甲公司', chain: '新能源', area: '龙溪街道', level: '市重点', totalInvestment: 100_000_000, signedOn: '2026-01-05' };

async function threeProjects(l: Ledger) {
  const a = await l.send('projects.create', { ...base, code: 'T-001', name: '甲项目' });
  const b = await l.send('projects.create', { ...base, code: 'T-002', name: '乙项目' });
  const c = await l.send('projects.create', { ...base, code: 'T-003', name: '丙项目' });
  return [a, b, c] as const;
}

async function fieldsOf(l: Ledger, id: number) {
  return (await l.send('projects.get', { id })).project;
}

describe('projects.pasteCells', () => {
  it('saves the valid cells as one edit and names each refused cell with its reason', async () => {
    ledger = await openTemp();
    const [a, b, c] = await threeProjects(ledger);
    const result = await ledger.send('projects.pasteCells', {
      cells: [
        { id: a.id, version: a.version, field: 'totalInvestment', value: 250_000_000 },
        { id: a.id, version: a.version, field: 'area', value: '滨湖街道' },
        { id: b.id, version: b.version, field: 'totalInvestment', value: 300_000_000 },
        { id: b.id, version: b.version, field: 'area', value: '火星街道' },
        { id: c.id, version: c.version, field: 'code', value: 'T-001' },
        { id: c.id, version: c.version, field: 'signedOn', value: '2026-13-01' },
        { id: c.id, version: c.version, field: 'company', value: '甲公司' },
      ],
    });
    expect(result.saved).toBe(3);
    expect(result.unchanged).toBe(1);
    expect(result.refused.map((r) => [r.id, r.field])).toEqual([[b.id, 'area'], [c.id, 'code'], [c.id, 'signedOn']]);
    expect(result.refused[0]!.message).toMatch(/区域「火星街道」不在代码表中/);
    expect(result.refused[1]!.message).toMatch(/T-001.*已存在/);
    expect(result.refused[2]!.message).toMatch(/签约日期/);
    expect(result.refused.every((r) => r.messageEn.length > 0)).toBe(true);
    expect(result.rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());

    expect(await fieldsOf(ledger, a.id)).toMatchObject({ totalInvestment: 250_000_000, area: '滨湖街道' });
    expect(await fieldsOf(ledger, b.id)).toMatchObject({ totalInvestment: 300_000_000, area: '龙溪街道' });
    expect(await fieldsOf(ledger, c.id)).toMatchObject({ code: 'T-003', signedOn: '2026-01-05' });
    const history = await ledger.send('history.list', {});
    const paste = history.filter((h) => h.entity === 'project' && h.field !== '*');
    expect(paste.map((h) => [h.projectId, h.field, h.actor])).toEqual([
      [b.id, 'totalInvestment', 'tester'], [a.id, 'area', 'tester'], [a.id, 'totalInvestment', 'tester'],
    ]);
  });

  it('refuses the cells of a project saved elsewhere since the grid loaded it', async () => {
    ledger = await openTemp();
    const [a] = await threeProjects(ledger);
    await ledger.send('projects.update', { id: a.id, version: a.version, changes: { leader: '王' } });
    const result = await ledger.send('projects.pasteCells', { cells: [{ id: a.id, version: a.version, field: 'leader', value: '李' }] });
    expect(result.saved).toBe(0);
    // Named as a refused save names it: who saved in between, and when.
    expect(result.refused[0]!.message).toMatch(/已在别处被修改：tester 于 \d{4}-\d\d-\d\d \d\d:\d\d 已保存此项目，此格未粘贴/);
    expect(result.refused[0]!.messageEn).toMatch(/changed elsewhere: tester saved it at \d{4}-\d\d-\d\d \d\d:\d\d; this cell was not pasted/);
    expect((await fieldsOf(ledger, a.id)).leader).toBe('王');
  });

  it('leaves nothing saved when a write fails half-way through the paste', async () => {
    ledger = await openTemp();
    const [a, b, c] = await threeProjects(ledger);
    // A database refusal on the third project's row, after the first two were written.
    await refuseWrites(ledger, 'projects', 'UPDATE', `NEW.id = ${c.id}`);
    const before = (await tableCounts(ledger));
    const paste = ledger.send('projects.pasteCells', {
      cells: [a, b, c].map((p) => ({ id: p.id, version: p.version, field: 'leader' as const, value: '新领导' })),
    });
    await expect(paste).rejects.toThrow();
    expect((await tableCounts(ledger))).toEqual(before);
    for (const p of [a, b, c]) expect((await fieldsOf(ledger, p.id)).leader).toBe('');
  });
});

describe('edits.undo and edits.redo', () => {
  it('takes a whole paste back with one undo, puts it again with redo, and records both', async () => {
    ledger = await openTemp();
    const [a, b] = await threeProjects(ledger);
    await ledger.send('projects.pasteCells', {
      cells: [
        { id: a.id, version: a.version, field: 'annualPlan', value: 20_000_000 },
        { id: b.id, version: b.version, field: 'annualPlan', value: 30_000_000 },
        { id: b.id, version: b.version, field: 'leader', value: '赵' },
      ],
    });
    const undone = await ledger.send('edits.undo', {});
    expect(undone).toMatchObject({ done: true, what: 'paste', cells: 3 });
    expect(undone.rows.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
    expect(await fieldsOf(ledger, a.id)).toMatchObject({ annualPlan: null });
    expect(await fieldsOf(ledger, b.id)).toMatchObject({ annualPlan: null, leader: '' });
    const history = await ledger.send('history.list', { projectId: b.id });
    expect(history[0]).toMatchObject({ field: expect.stringMatching(/annualPlan|leader/), actor: 'tester' });
    expect(history.filter((h) => h.field === 'annualPlan').map((h) => [h.before, h.after])).toEqual([['30000000', null], [null, '30000000']]);

    const redone = await ledger.send('edits.redo', {});
    expect(redone).toMatchObject({ done: true, what: 'paste', cells: 3 });
    expect(await fieldsOf(ledger, b.id)).toMatchObject({ annualPlan: 30_000_000, leader: '赵' });
    expect(await ledger.send('edits.redo', {})).toMatchObject({ done: false });
  });

  it('walks back edit by edit, survives reopening the file, and a new edit empties the redo stack', async () => {
    const file = path.join(tempDir(), 'ledger.sqlite');
    ledger = await openTemp({ dbPath: file });
    const [a] = await threeProjects(ledger);
    const v = (await ledger.send('projects.update', { id: a.id, version: a.version, changes: { leader: '一' } })).version;
    await ledger.send('projects.update', { id: a.id, version: v, changes: { leader: '二' } });
    await ledger.send('projects.bulkSet', { ids: [a.id], changes: { level: '省重大' } });
    await ledger.close();

    ledger = await openTemp({ dbPath: file });
    expect(await ledger.send('edits.undo', {})).toMatchObject({ done: true, what: 'bulk' });
    expect(await ledger.send('edits.undo', {})).toMatchObject({ done: true, what: 'edit' });
    expect(await fieldsOf(ledger, a.id)).toMatchObject({ leader: '一', level: '市重点' });
    await ledger.close();

    ledger = await openTemp({ dbPath: file });
    expect(await ledger.send('edits.redo', {})).toMatchObject({ done: true });
    expect((await fieldsOf(ledger, a.id)).leader).toBe('二');
    await ledger.send('edits.undo', {});
    await ledger.send('edits.undo', {});
    expect((await fieldsOf(ledger, a.id)).leader).toBe('');
    // A fresh edit: what was undone cannot be redone over it.
    const now = await fieldsOf(ledger, a.id);
    await ledger.send('projects.update', { id: a.id, version: now.version, changes: { contact: '电话' } });
    expect(await ledger.send('edits.redo', {})).toMatchObject({ done: false });
    expect(await ledger.send('edits.undo', {})).toMatchObject({ done: true });
    expect((await fieldsOf(ledger, a.id)).contact).toBe('');
  });

  it('refuses to undo over a later edit by someone else, naming the field, and changes nothing', async () => {
    ledger = await openTemp();
    const [a] = await threeProjects(ledger);
    await ledger.send('projects.update', { id: a.id, version: a.version, changes: { totalInvestment: 120_000_000 } });
    ledger.ctx.actor = '李四';
    const mid = await fieldsOf(ledger, a.id);
    await ledger.send('projects.update', { id: a.id, version: mid.version, changes: { totalInvestment: 150_000_000 } });
    ledger.ctx.actor = 'tester';
    const before = (await tableCounts(ledger));
    const refused = ledger.send('edits.undo', {});
    await expect(refused).rejects.toMatchObject({ body: { code: 'conflict', message: expect.stringMatching(/无法撤销：「甲项目」的总投资在此之后已被修改（.*李四）/) } });
    expect((await tableCounts(ledger))).toEqual(before);
    expect((await fieldsOf(ledger, a.id)).totalInvestment).toBe(150_000_000);
    // 李四's own stack holds his edit, and undoes it.
    ledger.ctx.actor = '李四';
    expect(await ledger.send('edits.undo', {})).toMatchObject({ done: true });
    expect((await fieldsOf(ledger, a.id)).totalInvestment).toBe(120_000_000);
  });

  it('in 项目详情 undoes only that project\'s edits', async () => {
    ledger = await openTemp();
    const [a, b] = await threeProjects(ledger);
    await ledger.send('projects.update', { id: a.id, version: a.version, changes: { leader: '甲领导', contact: '甲联系人' } });
    await ledger.send('projects.update', { id: b.id, version: b.version, changes: { leader: '乙领导' } });
    expect(await ledger.send('edits.undo', { projectId: a.id })).toMatchObject({ done: true, cells: 2 });
    expect(await fieldsOf(ledger, a.id)).toMatchObject({ leader: '', contact: '' });
    expect((await fieldsOf(ledger, b.id)).leader).toBe('乙领导');
    expect(await ledger.send('edits.undo', { projectId: a.id })).toMatchObject({ done: false });
  });
});

describe('paste and undo in the 团队版', () => {
  it('a 填报 user pastes into their own 区域 only: a block reaching another is refused whole; 只读 cannot undo', async () => {
    ledger = await openTemp();
    const own = await ledger.send('projects.create', { ...base, code: 'FH-1', name: '凤凰项目', area: '凤凰街道' });
    const other = await ledger.send('projects.create', { ...base, code: 'LX-1', name: '龙溪项目', area: '龙溪街道' });
    const filler: Account = { id: 1, name: 'fh01', displayName: '凤凰街道 李四', role: 'filler', scope: { area: '凤凰街道' } };
    const viewer: Account = { id: 2, name: 'ld', displayName: '王副区长', role: 'viewer', scope: {} };
    const as = (account: Account, method: string, input: unknown) => dispatch({ ...ledger.ctx, account, actor: account.displayName }, method, input);
    const cell = (p: typeof own, value: string) => ({ id: p.id, version: p.version, field: 'progressNote', value });

    const before = (await tableCounts(ledger));
    const refused = await as(filler, 'projects.pasteCells', { cells: [cell(own, '已开工'), cell(other, '已开工')] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('龙溪项目') } });
    expect((await tableCounts(ledger))).toEqual(before);

    expect(await as(filler, 'projects.pasteCells', { cells: [cell(own, '已开工')] })).toMatchObject({ ok: true, value: { saved: 1 } });
    expect(await as(viewer, 'edits.undo', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await as(filler, 'edits.undo', {})).toMatchObject({ ok: true, value: { done: true, what: 'paste' } });
    expect((await fieldsOf(ledger, own.id)).progressNote).toBe('');
  });
});
