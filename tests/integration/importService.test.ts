/** 导入 through the services: preview as the wizard shows it, commit all-or-nothing, undo exactly, refusals with reasons. */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/errors';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, tableCounts } from './helpers';
import { BOM_PROJECTS, GOVERNMENT_PROJECTS, sumYuan } from '../fixtures/import/spec';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const file = (name: string) => ({ name, base64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64') });
const textFile = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

async function plan(l: Ledger, f: { name: string; base64: string }, extra: { mode?: 'add' | 'update' | 'upsert'; matchKey?: 'code' | 'nameCompany' } = {}) {
  const inspection = await l.send('imports.inspect', { file: f });
  return { file: f, mapping: inspection.mapping, matchKey: extra.matchKey ?? 'code' as const, mode: extra.mode ?? 'upsert' as const };
}

function projectsSnapshot(l: Ledger) {
  return l.ctx.db.prepare('SELECT code, national_code, name, company, chain, area, total_investment, annual_plan, planned_start, planned_completion, leader, owner_unit, progress_note, problems FROM projects ORDER BY code').all();
}

async function refusal(promise: Promise<unknown>): Promise<ApiCallError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiCallError);
  return err as ApiCallError;
}

describe('导入 services', () => {
  it('reads the government workbook: sheets offered, two-row header, 合计 checked to the 元', async () => {
    ledger = await openTemp();
    const inspection = await ledger.send('imports.inspect', { file: file('government.xlsx') });
    expect(inspection.sheets).toEqual(['重大项目推进表', '填表说明']);
    expect(inspection.headerLines).toEqual([3, 4]);
    expect(inspection.tableUnit).toBe('万元');
    expect(inspection.skippedRows.map((r) => r.kind)).toEqual(['subtotal', 'subtotal', 'subtotal', 'total', 'note', 'note']);
    const preview = await ledger.send('imports.preview', await plan(ledger, file('government.xlsx')));
    expect(preview.totals).toMatchObject({ rows: GOVERNMENT_PROJECTS.length, totalInvestment: sumYuan(GOVERNMENT_PROJECTS), fileTotal: sumYuan(GOVERNMENT_PROJECTS) });
    expect(preview.rows.map((r) => r.status)).toEqual(GOVERNMENT_PROJECTS.map(() => 'new'));
    // The other sheet holds no table: choosing it says so.
    const other = await refusal(ledger.send('imports.inspect', { file: file('government.xlsx'), sheet: '填表说明' }));
    expect(other.body.message).toContain('没有找到表头');
  });

  it('previews updates with before → after, reports duplicates in the file, and leaves the register untouched', async () => {
    ledger = await openTemp();
    await ledger.send('imports.commit', await plan(ledger, file('utf8-bom.csv')));
    const before = tableCounts(ledger);
    const [first, second] = BOM_PROJECTS;
    const csv = [
      '项目编号,项目名称,建设单位,总投资（万元）,形象进度',
      `${first!.code},${first!.name.includes(',') ? `"${first!.name}"` : first!.name},${first!.company},200000,已投产`,
      `${second!.code},${second!.name},${second!.company},${second!.totalYuan / 10_000},设备安装`,
      `${second!.code},${second!.name},${second!.company},1,重复行`,
      'NEW-9,新项目,新公司,300,筹备',
    ].join('\n');
    const preview = await ledger.send('imports.preview', await plan(ledger, textFile('update.csv', csv)));
    expect(preview.rows.map((r) => [r.line, r.status])).toEqual([[2, 'update'], [3, 'unchanged'], [4, 'rejected'], [5, 'new']]);
    expect(preview.rows[0]!.changes).toEqual([
      { field: 'totalInvestment', before: '150000万元', after: '200000万元', beforeValue: 1_500_000_000, afterValue: 2_000_000_000 },
      { field: 'progressNote', before: first!.progress, after: '已投产', beforeValue: first!.progress, afterValue: '已投产' },
    ]);
    expect(preview.rows[2]!.issues[0]!.message).toBe('第4行：与第3行是同一项目（文件内重复），请删去一行');
    expect(tableCounts(ledger)).toEqual(before);
  });

  it('refuses a file with a bad row whole, naming row and column; nothing written', async () => {
    ledger = await openTemp({ seed: true });
    const before = tableCounts(ledger);
    const snapshot = projectsSnapshot(ledger);
    const err = await refusal(ledger.send('imports.commit', await plan(ledger, file('bad-row.csv'))));
    expect(err.body.message).toContain('第3行「开工时间」：「2026/02/30」不是有效日期');
    expect(err.body.message).toContain('整个文件未导入');
    expect(tableCounts(ledger)).toEqual(before);
    expect(projectsSnapshot(ledger)).toEqual(snapshot);
    expect((ledger.ctx.db.prepare('SELECT count(*) AS n FROM import_batches').get() as { n: number }).n).toBe(0);
  });

  it('commits one batch with every change audited, and undo restores the register exactly', async () => {
    ledger = await openTemp({ seed: true });
    const summary = await ledger.send('imports.commit', await plan(ledger, file('government.xlsx')));
    expect(summary).toMatchObject({ added: 5, updated: 0, rejected: 0, totalInvestment: sumYuan(GOVERNMENT_PROJECTS) });
    // One audit row per new project and one per month row its 1–10月完成投资 became.
    const audited = ledger.ctx.db.prepare('SELECT entity, count(*) AS n FROM changes WHERE batch_id = ? GROUP BY entity ORDER BY entity').all(summary.batchId);
    expect(audited).toEqual([{ entity: 'monthly', n: 5 }, { entity: 'project', n: 5 }]);
    const months = ledger.ctx.db.prepare(`SELECT p.name, m.completed FROM monthly m JOIN projects p ON p.id = m.project_id WHERE m.month = '2026-10' AND p.code LIKE 'DR-%'`).all();
    expect(Object.fromEntries((months as Array<{ name: string; completed: number }>).map((m) => [m.name, m.completed])))
      .toEqual(Object.fromEntries(GOVERNMENT_PROJECTS.map((p) => [p.name, Math.round(p.annualYuan / 2)])));
    // An update batch on top, then undo both in reverse order.
    const update = textFile('u.csv', `项目名称,建设单位,总投资（万元）\n${GOVERNMENT_PROJECTS[0]!.name},${GOVERNMENT_PROJECTS[0]!.company},1\n`);
    const second = await ledger.send('imports.commit', await plan(ledger, update, { matchKey: 'nameCompany', mode: 'update' }));
    expect(second).toMatchObject({ added: 0, updated: 1 });
    const blocked = await refusal(ledger.send('imports.undo', { batchId: summary.batchId! }));
    expect(blocked.body.message).toContain(`「${GOVERNMENT_PROJECTS[0]!.name}」在导入之后又被修改过`);
    expect((await ledger.send('imports.undo', { batchId: second.batchId! })).undoneAt).not.toBeNull();
    // The undo of the update is itself a later edit of that project: the first batch stays protected.
    await refusal(ledger.send('imports.undo', { batchId: summary.batchId! }));
    const batches = await ledger.send('imports.batches', {});
    expect(batches.map((b) => [b.id, b.added, b.updated, b.undoneAt === null])).toEqual([[second.batchId, 0, 1, false], [summary.batchId, 5, 0, true]]);
  });

  it('takes 1–N月完成投资 as month N’s completed investment on top of earlier months, and undo puts the month back', async () => {
    ledger = await openTemp({ seed: true });
    const project = (await ledger.send('projects.list', {}))[0]!;
    await ledger.send('monthly.set', { projectId: project.id, month: '2026-08', values: { completed: 1_000_000 } });
    const monthsBefore = ledger.ctx.db.prepare('SELECT * FROM monthly WHERE project_id = ? ORDER BY month').all(project.id);
    const ytdBefore = (ledger.ctx.db.prepare(`SELECT sum(completed) AS s FROM monthly WHERE project_id = ? AND month BETWEEN '2026-01' AND '2026-09'`).get(project.id) as { s: number }).s;
    const f = textFile('ytd.csv', `项目编号,项目名称,2026年1-9月完成投资（万元）\n${project.code},${project.name},${(ytdBefore + 5_000_000) / 10_000}\n`);
    const preview = await ledger.send('imports.preview', await plan(ledger, f));
    expect(preview.rows[0]!.status).toBe('update');
    expect(preview.rows[0]!.changes[0]!.field).toBe('completedYtd');
    const summary = await ledger.send('imports.commit', await plan(ledger, f));
    const ytdAfter = (ledger.ctx.db.prepare(`SELECT sum(completed) AS s FROM monthly WHERE project_id = ? AND month BETWEEN '2026-01' AND '2026-09'`).get(project.id) as { s: number }).s;
    expect(ytdAfter).toBe(ytdBefore + 5_000_000);
    await ledger.send('imports.undo', { batchId: summary.batchId! });
    expect(ledger.ctx.db.prepare('SELECT * FROM monthly WHERE project_id = ? ORDER BY month').all(project.id)).toEqual(monthsBefore);
  });

  it('undo of a plain import restores exactly; a second undo is refused', async () => {
    ledger = await openTemp({ seed: true });
    const snapshot = projectsSnapshot(ledger);
    const summary = await ledger.send('imports.commit', await plan(ledger, file('utf8-bom.csv')));
    expect(projectsSnapshot(ledger)).not.toEqual(snapshot);
    await ledger.send('imports.undo', { batchId: summary.batchId! });
    expect(projectsSnapshot(ledger)).toEqual(snapshot);
    expect((await refusal(ledger.send('imports.undo', { batchId: summary.batchId! }))).body.message).toContain('已于');
  });

  it('offers unknown code values as new entries and adds only those agreed, inside the batch', async () => {
    ledger = await openTemp();
    const f = textFile('codes.csv', '项目名称,建设单位,产业链,总投资（万元）\n低空项目,飞行公司,低空经济,100\n');
    const p = await plan(ledger, f);
    const preview = await ledger.send('imports.preview', p);
    expect(preview.unknownCodes).toEqual([{ list: 'chain', value: '低空经济', lines: [2] }]);
    expect(preview.rows[0]!.status).toBe('rejected');
    const summary = await ledger.send('imports.commit', { ...p, addCodes: [{ list: 'chain', value: '低空经济' }] });
    expect(summary).toMatchObject({ added: 1, codesAdded: [{ list: 'chain', value: '低空经济' }] });
    expect((await ledger.send('codeLists.get', {})).chain).toContain('低空经济');
  });

  it('takes the code-list entries it added away again on undo, unless a project has come to use them', async () => {
    ledger = await openTemp();
    const listsBefore = await ledger.send('codeLists.get', {});
    const f = textFile('codes.csv', '项目名称,建设单位,产业链,区域,总投资（万元）\n低空项目,飞行公司,低空经济,新区甲,100\n');
    const p = await plan(ledger, f);
    const summary = await ledger.send('imports.commit', { ...p, addCodes: [{ list: 'chain', value: '低空经济' }, { list: 'area', value: '新区甲' }] });
    expect(summary.codesAdded).toHaveLength(2);
    // Meanwhile someone files another project under the new area.
    await ledger.send('projects.create', { code: 'H-1', name: '手工项目', area: '新区甲' });
    await ledger.send('imports.undo', { batchId: summary.batchId! });
    const lists = await ledger.send('codeLists.get', {});
    expect(lists.chain).toEqual(listsBefore.chain);
    expect(lists.area).toEqual([...listsBefore.area, '新区甲']);
    const history = await ledger.send('history.list', { limit: 50 });
    expect(history.some((h) => h.entity === 'code_list' && h.field === 'chain' && h.before === '低空经济' && h.after === null)).toBe(true);
  });

  it('saves a mapping and offers it again for the same headers', async () => {
    ledger = await openTemp();
    const f = textFile('m.csv', '名目,业主,金额（万元）\n甲,乙,1\n');
    const first = await ledger.send('imports.inspect', { file: f });
    expect(first.mapping).toEqual([null, null, null]);
    await ledger.send('imports.saveMapping', { headers: first.columns.map((c) => c.header), mapping: ['name', 'company', 'totalInvestment'] });
    const again = await ledger.send('imports.inspect', { file: textFile('m2.csv', '名目,业主,金额（万元）\n丙,丁,2\n') });
    expect(again).toMatchObject({ mapping: ['name', 'company', 'totalInvestment'], mappingSaved: true });
  });

  it('reads GB18030 unless told otherwise, and the encoding can be switched', async () => {
    ledger = await openTemp();
    const detected = await ledger.send('imports.inspect', { file: file('wps-gb18030.csv') });
    expect(detected).toMatchObject({ encoding: 'gb18030', delimiter: ',', headerLines: [3] });
    // Forced to UTF-8 the same bytes give garbled headers that map to nothing: what the user sees before switching back.
    const forced = await ledger.send('imports.inspect', { file: file('wps-gb18030.csv'), encoding: 'utf-8' });
    expect(forced.encoding).toBe('utf-8');
    expect(forced.mapping.every((f) => f === null)).toBe(true);
    expect(forced.columns.some((c) => c.header.includes('\ufffd'))).toBe(true);
    const tsv = await ledger.send('imports.inspect', { file: textFile('t.txt', '项目名称\t建设单位\t总投资\n甲\t乙\t1\n') });
    expect(tsv.delimiter).toBe('\t');
  });

  it('refuses what is too big, an old .xls, and a zip that would unpack too large', async () => {
    ledger = await openTemp();
    const big = await refusal(ledger.send('imports.inspect', { file: { name: 'big.csv', base64: Buffer.alloc(21 * 1024 * 1024, 0x41).toString('base64') } }));
    expect(big.body.message).toMatch(/文件超过 20 MB|超过导入上限 20 MB/);
    const rows = await refusal(ledger.send('imports.inspect', { file: textFile('long.csv', `项目名称,建设单位\n${'甲,乙\n'.repeat(50_001)}`) }));
    expect(rows.body.message).toBe('「long.csv」超过 50000 行，请拆分后分批导入');
    const xls = await refusal(ledger.send('imports.inspect', { file: { name: 'old.xls', base64: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]).toString('base64') } }));
    expect(xls.body.message).toContain('另存为 → Excel 工作簿 (*.xlsx)');
    // A zip bomb declares a huge unpacked size in its central directory: a real workbook made to declare 300 MB for its sheet.
    const bytes = Buffer.from(fs.readFileSync(path.join(FIXTURES, 'government.xlsx')));
    // The file name's last occurrence is in the central directory, right after its entry's header.
    const central = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')));
    expect(central).toBeGreaterThan(0);
    bytes.writeUInt32LE(300 * 1024 * 1024, central + 24);
    const bomb = await refusal(ledger.send('imports.inspect', { file: { name: 'bomb.xlsx', base64: Buffer.from(bytes).toString('base64') } }));
    expect(bomb.body.message).toContain('解压后超过');
  });
});
