/**
 * 按模板批量生成节点: a template applied to many projects in one transaction, each from its own
 * 签约日期 (or 计划开工), with the skipped ones counted or named; undo takes away exactly what it made.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { STANDARD_TEMPLATE } from '../../shared/domain/templates';
import { openTemp, tableCounts, tempDir, runLedgerCli, refuseWrites } from './helpers';

const ledgerCli = (...args: string[]) => runLedgerCli(args);

let ledger: Ledger;
afterEach(() => ledger?.close());

async function register() {
  ledger = await openTemp();
  const make = (code: string, extra: Record<string, string>) => ledger.send('projects.create', { code, name: `项目${code}`, ...extra });
  const signed = await make('A', { signedOn: '2025-03-01' });
  const startOnly = await make('B', { plannedStart: '2027-03-01' });
  const neither = await make('C', {});
  const scheduled = await make('D', { signedOn: '2024-01-10' });
  const both = await make('E', { signedOn: '2026-09-01', plannedStart: '2027-05-01' });
  const [template] = await ledger.send('templates.list', {});
  await ledger.send('nodes.applyTemplate', { projectId: scheduled.id, templateId: template!.id, start: '2024-02-01' });
  return { ids: [signed.id, startOnly.id, neither.id, scheduled.id, both.id], template: template!, signed, startOnly, neither, scheduled, both };
}

/** What a user sees of each project: stage, light, and its schedule. */
async function snapshot(ids: number[]) {
  const rows = await ledger.send('projects.list', { includeArchived: true });
  return Promise.all(ids.map(async (id) => {
    const row = rows.find((r) => r.id === id)!;
    const nodes = await ledger.send('nodes.list', { projectId: id });
    return { id, stage: row.stage, light: row.light.color, nodes: nodes.map(({ name, plannedStart, plannedEnd, actualEnd, percent }) => ({ name, plannedStart, plannedEnd, actualEnd, percent })) };
  }));
}

describe('nodes.applyTemplateBulk', () => {
  it('gives every dated project without nodes the template, skipping and reporting the others', async () => {
    const r = await register();
    const result = await ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, projectIds: r.ids });
    expect(result.applied.map((a) => [a.code, a.start, a.from, a.nodes])).toEqual([
      ['A', '2025-03-01', 'signedOn', r.template.steps.length],
      // 开工 is day 151 of the standard template: the schedule is placed so 开工 falls on 计划开工.
      ['B', '2026-10-01', 'plannedStart', r.template.steps.length],
      ['E', '2026-09-01', 'signedOn', r.template.steps.length],
    ]);
    expect(result.skippedWithNodes).toBe(1);
    expect(result.skipped).toEqual([{ projectId: r.neither.id, code: 'C', name: '项目C', reason: '没有签约日期，也没有计划开工', reasonEn: 'has neither a signing date nor a planned start' }]);

    const [a, b, c, d, e] = await snapshot(r.ids);
    expect(a!.nodes[0]).toEqual({ name: '签约', plannedStart: '2025-03-01', plannedEnd: '2025-03-01', actualEnd: '2025-03-01', percent: 100 });
    expect(a!.stage).toBe('已签约');
    expect(a!.light).not.toBe('grey');
    expect(b!.nodes.find((n) => n.name === '开工')?.plannedStart).toBe('2027-03-01');
    expect(b!.nodes.every((n) => n.actualEnd === null)).toBe(true);
    expect(b!.stage).toBe('在谈');
    expect(b!.light).not.toBe('grey');
    expect(c!.nodes).toEqual([]);
    expect(d!.nodes[1]?.plannedStart).toBe('2024-02-02');
    expect(e!.stage).toBe('已签约');

    const history = await ledger.send('history.list', { projectId: r.signed.id });
    expect(history[0]).toMatchObject({ field: 'nodes', before: '0个节点', after: expect.stringContaining(`批量操作 #${result.operationId}`) });
  });

  it('writes nothing at all when one project fails half-way (one transaction)', async () => {
    const r = await register();
    await refuseWrites(ledger, 'nodes', 'INSERT', `NEW.project_id = ${r.both.id}`);
    const before = { counts: (await tableCounts(ledger)), shown: await snapshot(r.ids) };
    await expect(ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, projectIds: r.ids })).rejects.toThrow();
    expect({ counts: (await tableCounts(ledger)), shown: await snapshot(r.ids) }).toEqual(before);
  });

  it('undo removes exactly the nodes it created, once, and is recorded', async () => {
    const r = await register();
    const before = await snapshot(r.ids);
    const { operationId } = await ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, projectIds: r.ids });
    const undone = await ledger.send('nodes.undoTemplateBulk', { operationId: operationId! });
    expect(undone).toEqual({ operationId, projects: 3, nodes: 3 * r.template.steps.length });
    expect(await snapshot(r.ids)).toEqual(before);
    const history = await ledger.send('history.list', { projectId: r.signed.id });
    expect(history[0]).toMatchObject({ field: 'nodes', after: expect.stringContaining(`撤销批量操作 #${operationId}`) });
    await expect(ledger.send('nodes.undoTemplateBulk', { operationId: operationId! })).rejects.toMatchObject({ body: { code: 'refused', message: expect.stringContaining('已于') } });
  });

  it('refuses the undo, changing nothing, when a generated node was edited since', async () => {
    const r = await register();
    const { operationId } = await ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, projectIds: r.ids });
    const node = (await ledger.send('nodes.list', { projectId: r.startOnly.id })).find((n) => n.name === '供地')!;
    await ledger.send('nodes.update', { id: node.id, changes: { percent: 40 } });
    const before = { counts: (await tableCounts(ledger)), shown: await snapshot(r.ids) };
    await expect(ledger.send('nodes.undoTemplateBulk', { operationId: operationId! })).rejects.toMatchObject({
      body: { code: 'refused', message: expect.stringContaining('「项目B」的节点在生成之后又被修改过') },
    });
    expect({ counts: (await tableCounts(ledger)), shown: await snapshot(r.ids) }).toEqual(before);
  });

  it('takes every unarchived project without nodes, and refuses an unclear target', async () => {
    const r = await register();
    const result = await ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, allWithoutNodes: true });
    expect(result.applied.map((a) => a.code)).toEqual(['A', 'B', 'E']);
    expect(result.skipped.map((s) => s.code)).toEqual(['C']);
    const again = await ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, allWithoutNodes: true });
    expect(again).toMatchObject({ operationId: null, applied: [] });
    await expect(ledger.send('nodes.applyTemplateBulk', { templateId: r.template.id, projectIds: [1], allWithoutNodes: true })).rejects.toMatchObject({ body: { code: 'invalid_input' } });
  });
});

/** An import of two new projects, one signed and one with only 计划开工, committed as the 导入 view does. */
async function importTwo() {
  ledger = await openTemp();
  const csv = '项目编号,项目名称,签约日期,计划开工\nI-1,导入甲项目,2025-06-01,\nI-2,导入乙项目,,2027-03-01\n';
  const file = { name: 'two.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
  const inspection = await ledger.send('imports.inspect', { file });
  const summary = await ledger.send('imports.commit', { file, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' });
  const [template] = await ledger.send('templates.list', {});
  return { batchId: summary.batchId!, template: template! };
}

describe('nodes.applyTemplateBulk after an import', () => {
  it("schedules the batch's new projects, and the import can still be undone whole", async () => {
    const { batchId, template } = await importTwo();
    const result = await ledger.send('nodes.applyTemplateBulk', { templateId: template.id, batchId });
    expect(result.applied.map((a) => [a.name, a.from])).toEqual([['导入甲项目', 'signedOn'], ['导入乙项目', 'plannedStart']]);
    await ledger.send('imports.undo', { batchId });
    expect((await tableCounts(ledger))).toMatchObject({ projects: 0, nodes: 0 });
  });

  it('keeps the import undo refused once a generated node was edited, naming the project', async () => {
    const { batchId, template } = await importTwo();
    const { applied } = await ledger.send('nodes.applyTemplateBulk', { templateId: template.id, batchId });
    const [, land] = await ledger.send('nodes.list', { projectId: applied[0]!.projectId });
    await ledger.send('nodes.update', { id: land!.id, changes: { percent: 30 } });
    await expect(ledger.send('imports.undo', { batchId })).rejects.toMatchObject({ body: { code: 'refused', message: expect.stringMatching(/「导入甲项目」在导入之后又被修改过（.*改了节点「供地」）/) } });
  });
});

describe('ledger apply-template', () => {
  it('applies the named template to every project without nodes, and undoes it', async () => {
    // The register is made in-process; only the command under test runs as a process (each start costs seconds).
    const db = path.join(tempDir(), 'cli.sqlite');
    ledger = await openTemp({ dbPath: db });
    await ledger.send('projects.create', { code: 'A', name: '甲项目', signedOn: '2025-03-01' });
    await ledger.send('projects.create', { code: 'C', name: '丙项目' });
    await ledger.close();
    const unknown = ledgerCli('apply-template', '--template', '没有这个模板', '--db', db);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain(`「${STANDARD_TEMPLATE.name}」`);
    const run = ledgerCli('apply-template', '--template', STANDARD_TEMPLATE.name, '--projects', 'all-without-nodes', '--db', db);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`A  甲项目  自 2025-03-01（由签约日期定）生成 ${STANDARD_TEMPLATE.steps.length} 个节点`);
    expect(run.out).toContain('跳过 C  丙项目：没有签约日期，也没有计划开工');
    const op = /apply-template --undo (\d+)/.exec(run.out)?.[1];
    expect(op).toBeDefined();
    const undone = ledgerCli('apply-template', '--undo', op!, '--db', db);
    expect(undone.out).toContain(`1 个项目，删除 ${STANDARD_TEMPLATE.steps.length} 个节点`);
  }, 180_000);
});
