/**
 * 月度调度 下发与回收, tried as the districts do it: a template for every area of the sample register,
 * filled in as streets would (one re-saved through LibreOffice and renamed, one with a locked
 * 项目名称 edited, one with a 1–N月 below last month's), collected; the register ends exactly as
 * the filled-in figures say, the suspicious rows flagged, the edited identity refused, and the
 * units that have not returned theirs listed. Undo takes a merge back and the unit is outstanding again.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { readWorkbook, workbookBytes, type Worksheet } from '../../electron/services/excel/exceljs';
import { ApiCallError } from '../../shared/errors';
import type { TemplateFile } from '../../shared/rounds/types';
import { openTemp, tempDir, rowOf as dbRow, rowsOf as dbRows } from './helpers';

const MONTH = '2026-11';
let ledgers: Ledger[] = [];
afterEach(async () => {
  for (const l of ledgers) await l.close();
  ledgers = [];
});

async function seeded(): Promise<Ledger> {
  const l = await openTemp({ seed: true });
  ledgers.push(l);
  return l;
}

type File = { name: string; base64: string };

/** A street clerk's edits: cells by header text on the row of a project code (or a code + node name). */
interface Edit {
  sheet: '月度填报' | '节点进度';
  code: string;
  node?: string;
  header: string;
  value: string | number | Date;
}

function headerColumn(ws: Worksheet, header: string): number {
  const row = ws.getRow(4);
  for (let c = 1; c <= ws.columnCount; c++) {
    if (String(row.getCell(c).value ?? '').replace(/\s+/g, '') === header) return c;
  }
  throw new Error(`no column ${header} in ${ws.name}`);
}

function rowOf(ws: Worksheet, code: string, node?: string): number {
  const codeCol = headerColumn(ws, '项目编号');
  const nodeCol = node ? headerColumn(ws, '节点') : 0;
  for (let r = 5; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(codeCol).value === code && (!node || row.getCell(nodeCol).value === node)) return r;
  }
  throw new Error(`no row for ${code} ${node ?? ''} in ${ws.name}`);
}

async function fill(file: File, edits: Edit[]): Promise<File> {
  const wb = await readWorkbook(new Uint8Array(Buffer.from(file.base64, 'base64')));
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet)!;
    ws.getRow(rowOf(ws, e.code, e.node)).getCell(headerColumn(ws, e.header)).value = e.value;
  }
  wb.getWorksheet('月度填报')!.getCell(3, 3).value = '王小明';
  return { name: file.name, base64: Buffer.from(await workbookBytes(wb)).toString('base64') };
}

const LIBREOFFICE = ['libreoffice', 'soffice'].find((cmd) => spawnSync(cmd, ['--version'], { timeout: 60_000 }).status === 0);

/** Saved again by LibreOffice Calc as .xlsx, and renamed as a clerk would. */
function resavedAndRenamed(file: File, newName: string): File {
  const dir = tempDir('resave-');
  fs.mkdirSync(path.join(dir, 'in'));
  const input = path.join(dir, 'in', 'returned.xlsx');
  fs.writeFileSync(input, Buffer.from(file.base64, 'base64'));
  const run = spawnSync(LIBREOFFICE!, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'xlsx', '--outdir', path.join(dir, 'out'), input], { timeout: 120_000, encoding: 'utf8' });
  const output = path.join(dir, 'out', 'returned.xlsx');
  expect(fs.existsSync(output), run.stderr).toBe(true);
  return { name: newName, base64: fs.readFileSync(output).toString('base64') };
}

async function monthRow(l: Ledger, code: string, month = MONTH) {
  return (await dbRow(l, 'SELECT m.completed, m.progress_note AS "progressNote", m.problems FROM monthly m JOIN projects p ON p.id = m.project_id WHERE p.code = ? AND m.month = ?', code, month)) as
    { completed: number; progressNote: string; problems: string } | undefined;
}

async function project(l: Ledger, code: string) {
  return (await dbRow(l, 'SELECT id, name, progress_note AS "progressNote", problems, stage, stage_override AS "stageOverride" FROM projects WHERE code = ?', code)) as
    { id: number; name: string; progressNote: string; problems: string; stage: string; stageOverride: string | null };
}

async function node(l: Ledger, code: string, name: string) {
  return (await dbRow(l, 'SELECT n.planned_end AS "plannedEnd", n.actual_start AS "actualStart", n.actual_end AS "actualEnd", n.percent FROM nodes n JOIN projects p ON p.id = n.project_id WHERE p.code = ? AND n.name = ?', code, name)) as
    { plannedEnd: string | null; actualStart: string | null; actualEnd: string | null; percent: number };
}

async function ytd(l: Ledger, code: string, through = MONTH): Promise<number> {
  return ((await dbRow(l, `SELECT coalesce(sum(m.completed), 0) AS s FROM monthly m JOIN projects p ON p.id = m.project_id WHERE p.code = ? AND m.month BETWEEN '2026-01' AND ?`, code, through)) as { s: number }).s;
}

const asFile = (f: TemplateFile): File => ({ name: f.fileName, base64: f.base64 });

describe.skipIf(!LIBREOFFICE)('a month of fill-in templates, out and back', () => {
  it('merges what the streets filled in, flags what looks wrong, refuses edited identities and lists who is outstanding', async () => {
    const l = await seeded();
    const files = await l.send('rounds.templates', { month: MONTH, scope: 'area' });
    const areas = ((await dbRows(l, `SELECT DISTINCT area FROM projects WHERE archived = 0 ORDER BY area`)) as Array<{ area: string }>).map((r) => r.area);
    expect(files.map((f) => f.unit).sort()).toEqual([...areas].sort());
    for (const f of files) expect(f.fileName).toBe(`${f.unit}_重大项目月度填报_2026年11月.xlsx`);
    const byUnit = (unit: string) => asFile(files.find((f) => f.unit === unit)!);

    // 东部新城: figures, texts, a postponed next node and a finished node; saved by LibreOffice and renamed.
    const eastBefore = { ytd: await ytd(l, 'WX-2023-003'), oct: await ytd(l, 'WX-2023-003', '2026-10'), node: await node(l, 'WX-2023-003', '竣工'), project: await project(l, 'WX-2023-003') };
    expect(eastBefore.node.actualEnd).toBeNull();
    const doneBefore = (await node(l, 'WX-2022-002', '投产')).actualEnd!;
    const movedBack = new Date(Date.parse(`${doneBefore}T00:00:00Z`) - 30 * 86_400_000);
    const east = resavedAndRenamed(await fill(byUnit('东部新城'), [
      { sheet: '节点进度', code: 'WX-2022-002', node: '投产', header: '实际完成', value: movedBack },
      { sheet: '月度填报', code: 'WX-2023-003', header: '11月完成投资（万元）', value: 150.25 },
      { sheet: '月度填报', code: 'WX-2023-003', header: '形象进度', value: '主体工程完成，进入竣工验收' },
      { sheet: '月度填报', code: 'WX-2023-003', header: '存在问题', value: '无' },
      { sheet: '月度填报', code: 'WX-2024-001', header: '1-11月完成投资（万元）', value: '32,000万' },
      { sheet: '节点进度', code: 'WX-2023-003', node: '竣工', header: '实际开始', value: new Date(Date.UTC(2026, 10, 3)) },
      { sheet: '节点进度', code: 'WX-2023-003', node: '竣工', header: '实际完成', value: '2026/11/18' },
    ]), '东部新城11月报送（改）.xlsx');
    // LibreOffice keeps the protection and the identity sheet hidden. It writes sheet="true" and
    // locked="false", which exceljs reads as a protection element without values, so only its presence is checked.
    const resaved = await readWorkbook(new Uint8Array(Buffer.from(east.base64, 'base64')));
    expect((resaved.getWorksheet('月度填报') as unknown as { sheetProtection?: object | null }).sheetProtection).toEqual(expect.any(Object));
    expect(resaved.getWorksheet('_台账模板')?.state).toMatch(/hidden/i);
    const eastPreview = await l.send('rounds.preview', { file: east, month: MONTH });
    expect(eastPreview.template).toMatchObject({ unit: '东部新城', month: MONTH, scope: 'area' });
    expect(eastPreview.reporter).toBe('王小明');
    expect(eastPreview.refused).toBeNull();
    const row = eastPreview.rows.find((r) => r.code === 'WX-2023-003')!;
    expect(row.status).toBe('update');
    expect(row.changes.map((c) => c.label)).toEqual(expect.arrayContaining(['形象进度', '存在问题', '竣工·实际开始', '竣工·实际完成']));
    expect(row.changes.find((c) => c.field === 'completed')).toMatchObject({ after: expect.stringContaining('150.25') });
    // The figures themselves go with it, for a screen in its own unit: 150.25 万元 this month on top of January–October.
    expect(row.changes.find((c) => c.field === 'completed')!.amounts).toMatchObject({ after: 150_2500, prior: eastBefore.oct });
    const backwards = eastPreview.rows.find((r) => r.code === 'WX-2022-002')!;
    expect(backwards.flags.map((f) => [f.level, f.kind])).toEqual([['suspicious', 'dateBackwards']]);
    expect(backwards.flags[0]!.message).toContain(`由 ${doneBefore} 提前到`);

    // 龙溪街道: a locked 项目名称 edited on one row (with figures typed on it), "120万" as text on another.
    const longxi = await fill(byUnit('龙溪街道'), [
      { sheet: '月度填报', code: 'NTH-2024-001', header: '项目名称', value: '天能锂电储能电池项目（二期）' },
      { sheet: '月度填报', code: 'NTH-2024-001', header: '11月完成投资（万元）', value: 999 },
      { sheet: '月度填报', code: 'NTH-2026-002', header: '11月完成投资（万元）', value: '120万' },
      { sheet: '月度填报', code: 'NTH-2026-002', header: '下一节点计划完成日期', value: '2027年3月31日' },
    ]);
    // 织里镇: a 1–N月 below the 1–10月 already recorded.
    const zhiliPrior = await ytd(l, 'WX-2023-004', '2026-10');
    expect(zhiliPrior).toBeGreaterThan(0);
    const zhili = await fill(byUnit('织里镇'), [
      { sheet: '月度填报', code: 'WX-2023-004', header: '1-11月完成投资（万元）', value: zhiliPrior / 10_000 - 1 },
      { sheet: '月度填报', code: 'WX-2022-004', header: '形象进度', value: '港池疏浚完成' },
    ]);
    const longxiBefore = { ...await project(l, 'NTH-2024-001'), nov: (await monthRow(l, 'NTH-2024-001'))?.completed };
    const zhiliNov = (await monthRow(l, 'WX-2023-004'))?.completed;

    const eastResult = await l.send('rounds.collect', { file: east, month: MONTH });
    const longxiResult = await l.send('rounds.collect', { file: longxi, month: MONTH });
    const zhiliResult = await l.send('rounds.collect', { file: zhili, month: MONTH });
    for (const r of [eastResult, longxiResult, zhiliResult]) expect(r.batchId).toEqual(expect.any(Number));

    // The register says what the streets wrote, to the 元.
    expect(await monthRow(l, 'WX-2023-003')).toMatchObject({ completed: 1_502_500, progressNote: '主体工程完成，进入竣工验收', problems: '无' });
    expect(await ytd(l, 'WX-2023-003')).toBe(eastBefore.oct + 1_502_500);
    expect(await project(l, 'WX-2023-003')).toMatchObject({ progressNote: '主体工程完成，进入竣工验收', problems: '无', stage: '已竣工' });
    expect(await node(l, 'WX-2023-003', '竣工')).toMatchObject({ actualStart: '2026-11-03', actualEnd: '2026-11-18', percent: 100 });
    expect(await ytd(l, 'WX-2024-001')).toBe(320_000_000);
    expect((await monthRow(l, 'NTH-2026-002'))?.completed).toBe(1_200_000);
    // The next node there is 开工: its plan moves, and the project's 计划开工 follows it, as in the schedule editor.
    expect((await node(l, 'NTH-2026-002', '开工')).plannedEnd).toBe('2027-03-31');
    expect(((await dbRow(l, `SELECT planned_start AS s FROM projects WHERE code = 'NTH-2026-002'`)) as { s: string }).s).toBe('2027-03-31');
    expect((await project(l, 'WX-2022-004')).progressNote).toBe('港池疏浚完成');

    // The edited identity is refused: nothing of that row went in.
    const refusedRow = longxiResult.rows.find((r) => r.code === 'NTH-2024-001')!;
    expect(refusedRow.status).toBe('refused');
    expect(refusedRow.flags.map((f) => f.kind)).toContain('identityEdited');
    expect(refusedRow.flags[0]!.message).toContain('天能锂电储能电池项目（二期）');
    expect((await project(l, 'NTH-2024-001')).name).toBe(longxiBefore.name);
    expect((await monthRow(l, 'NTH-2024-001'))?.completed).toBe(longxiBefore.nov);

    // The lower 1–N月 is flagged and not taken: a year-to-date figure never falls.
    const lower = zhiliResult.rows.find((r) => r.code === 'WX-2023-004')!;
    expect(lower.flags.map((f) => f.kind)).toContain('ytdLower');
    expect(zhiliResult.counts.suspicious).toBe(1);
    expect((await monthRow(l, 'WX-2023-004'))?.completed).toBe(zhiliNov);

    // Who has returned, when, and who is outstanding.
    const status = await l.send('rounds.status', { month: MONTH, scope: 'area' });
    const returned = status.units.filter((u) => u.returned).map((u) => u.unit).sort();
    expect(returned).toEqual(['东部新城', '织里镇', '龙溪街道'].sort());
    expect(status.units.find((u) => u.unit === '东部新城')!.returned).toMatchObject({ fileName: '东部新城11月报送（改）.xlsx', reporter: '王小明', batchId: eastResult.batchId });
    expect(status.outstanding.sort()).toEqual(areas.filter((a) => !returned.includes(a)).sort());

    // Undo the 东部新城 merge through 导入's undo: the figures, node and stage come back, and 东部新城 is outstanding again.
    await l.send('imports.undo', { batchId: eastResult.batchId! });
    expect(await ytd(l, 'WX-2023-003')).toBe(eastBefore.ytd);
    expect(await node(l, 'WX-2023-003', '竣工')).toEqual(eastBefore.node);
    expect(await project(l, 'WX-2023-003')).toEqual(eastBefore.project);
    expect(await ytd(l, 'WX-2024-001')).not.toBe(320_000_000);
    expect((await l.send('rounds.status', { month: MONTH, scope: 'area' })).outstanding).toContain('东部新城');
  }, 240_000);
});

describe('returned files that are not this month’s template', () => {
  it('refuses another month’s template, a row added to the list, a file that is no template, and a template dropped into 导入', async () => {
    const l = await seeded();
    const [oct] = await l.send('rounds.templates', { month: '2026-10', scope: 'unit', units: ['龙溪街道办事处'] });
    const before = (await dbRow(l, 'SELECT count(*) AS n FROM changes'));
    await expect(l.send('rounds.collect', { file: asFile(oct!), month: MONTH })).rejects.toThrow(/2026年10月的模板，当前回收的是2026年11月/);
    expect((await dbRow(l, 'SELECT count(*) AS n FROM changes'))).toEqual(before);

    const [nov] = await l.send('rounds.templates', { month: MONTH, scope: 'unit', units: ['龙溪街道办事处'] });
    const wb = await readWorkbook(new Uint8Array(Buffer.from(nov!.base64, 'base64')));
    const ws = wb.getWorksheet('月度填报')!;
    const extra = ws.getRow(ws.rowCount + 1);
    extra.getCell(2).value = 'WX-2022-001';
    extra.getCell(3).value = '湖州新青年中心';
    extra.getCell(6).value = 50;
    const added = { name: 'x.xlsx', base64: Buffer.from(await workbookBytes(wb)).toString('base64') };
    const preview = await l.send('rounds.preview', { file: added, month: MONTH });
    const loose = preview.rows.find((r) => r.code === 'WX-2022-001')!;
    expect(loose.status).toBe('refused');
    expect(loose.flags[0]).toMatchObject({ kind: 'notInList' });
    expect(loose.flags[0]!.message).toContain('东部新城');

    // A template another register sent (its id unknown here) is refused whole.
    const other = await seeded();
    const [foreign] = await other.send('rounds.templates', { month: MONTH, scope: 'unit', units: ['龙溪街道办事处'] });
    const foreignPreview = await l.send('rounds.preview', { file: asFile(foreign!), month: MONTH });
    expect(foreignPreview.refused).toMatchObject({ kind: 'unknownTemplate' });
    await expect(l.send('rounds.collect', { file: asFile(foreign!), month: MONTH })).rejects.toThrow(/模板编号在本台账中找不到/);

    // Dropped into 导入 instead, the template is sent to 回收合并, not imported as a project list.
    const asImport = await l.send('imports.inspect', { file: asFile(nov!) }).catch((e: unknown) => e);
    expect((asImport as ApiCallError).body.message).toMatch(/月度填报模板.*月度调度 → 下发与回收/);

    const report = await l.send('reports.export', { report: 'progress', month: MONTH });
    const err = await l.send('rounds.preview', { file: { name: report.fileName, base64: report.base64 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).body.message).toMatch(/不是本台账下发的月度填报模板/);
  });

  it('a second return of the same unit and month is announced and merged over the first', async () => {
    const l = await seeded();
    const [tpl] = await l.send('rounds.templates', { month: MONTH, scope: 'area', units: ['凤凰街道'] });
    const code = ((await dbRow(l, `SELECT code FROM projects WHERE area = '凤凰街道' ORDER BY code LIMIT 1`)) as { code: string }).code;
    const first = await fill(asFile(tpl!), [{ sheet: '月度填报', code, header: '11月完成投资（万元）', value: 10 }]);
    const second = await fill(asFile(tpl!), [{ sheet: '月度填报', code, header: '11月完成投资（万元）', value: 12 }]);
    await l.send('rounds.collect', { file: first, month: MONTH });
    const again = await l.send('rounds.preview', { file: second, month: MONTH });
    expect(again.fileFlags.map((f) => f.kind)).toEqual(['returnedBefore']);
    const merged = await l.send('rounds.collect', { file: second, month: MONTH });
    expect((await monthRow(l, code))?.completed).toBe(120_000);
    expect((await l.send('rounds.status', { month: MONTH, scope: 'area' })).units.find((u) => u.unit === '凤凰街道')!.returned!.batchId).toBe(merged.batchId);
  });
});

describe('the template a street clerk opens', () => {
  it('is protected without a password, open only in the yellow cells, with checks, a drop-down, instructions and its identity hidden', async () => {
    const l = await seeded();
    const [tpl] = await l.send('rounds.templates', { month: MONTH, scope: 'area', units: ['龙溪街道'] });
    expect(tpl!.projects).toBe(5);
    const wb = await readWorkbook(new Uint8Array(Buffer.from(tpl!.base64, 'base64')));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['月度填报', 'visible'], ['节点进度', 'visible'], ['填报说明', 'visible'], ['_台账模板', 'veryHidden']]);
    const ws = wb.getWorksheet('月度填报')!;
    for (const sheet of ['月度填报', '节点进度', '填报说明']) {
      const protection = (wb.getWorksheet(sheet) as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
      expect(protection?.sheet, sheet).toBe(true);
      // No hash: Excel, WPS and LibreOffice lift the protection without asking for a password.
      expect(protection?.hashValue ?? protection?.password, sheet).toBeUndefined();
    }
    const headers = (ws.getRow(4).values as unknown[]).slice(1).map((v) => String(v).replace(/\s+/g, ''));
    expect(headers).toEqual(['序号', '项目编号', '项目名称', '当前节点', '1-10月已完成投资（万元）', '11月完成投资（万元）', '1-11月完成投资（万元）', '形象进度', '存在问题', '下一节点', '下一节点计划完成日期', '推进状态', '行标识']);
    const open = (col: number) => ws.getCell(5, col).protection?.locked === false;
    // 下一节点计划完成日期 opens only where there is a next node to plan.
    const hasNext = ws.getCell(5, 10).value !== null;
    expect(headers.filter((_, i) => open(i + 1))).toEqual(['11月完成投资（万元）', '1-11月完成投资（万元）', '形象进度', '存在问题', ...(hasNext ? ['下一节点计划完成日期'] : []), '推进状态']);
    expect(ws.getColumn(13).hidden).toBe(true);
    expect(ws.getCell(5, 6).dataValidation).toMatchObject({ type: 'decimal', operator: 'greaterThanOrEqual' });
    expect(ws.getCell(5, 12).dataValidation).toMatchObject({ type: 'list', formulae: ['"正常推进,停滞,终止"'] });
    expect(String(ws.getCell(2, 1).value)).toContain('填报单位（区域）：龙溪街道');
    expect(String(ws.getCell(2, 1).value)).toContain('金额单位：万元');
    const meta = wb.getWorksheet('_台账模板')!;
    expect([meta.getCell(3, 2).value, meta.getCell(4, 2).value, meta.getCell(5, 2).value, meta.getCell(2, 2).value]).toEqual([MONTH, 'area', '龙溪街道', tpl!.templateId]);
    expect(String(wb.getWorksheet('填报说明')!.getCell(5, 1).value)).toContain('两项填一项即可');
  });
});
