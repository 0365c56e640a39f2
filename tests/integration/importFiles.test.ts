/** 导入: what a file is, by its bytes not its name; text cleaned of control characters; our own CSV read back unchanged. */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/errors';
import { projectListCsv } from '../../shared/reports/projectCsv';
import type { Ledger } from '../../electron/services/ledger';
import { newWorkbook, workbookBytes } from '../../electron/services/excel/exceljs';
import { openTemp } from './helpers';

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

const asFile = (name: string, bytes: Uint8Array | string) => ({ name, base64: Buffer.from(bytes).toString('base64') });

async function refusal(promise: Promise<unknown>): Promise<ApiCallError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiCallError);
  return err as ApiCallError;
}

/** An OLE2 compound file's first bytes, with a directory naming `stream` as OLE2 does (UTF-16LE), then binary. */
function ole2(stream: string): Buffer {
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(504).fill(0)]);
  const body = Buffer.alloc(1024, 0);
  for (let i = 0; i < body.length; i += 7) body[i] = (i * 31) & 0xff;
  return Buffer.concat([header, Buffer.from('Root Entry', 'utf16le'), Buffer.alloc(64), Buffer.from(stream, 'utf16le'), body]);
}

/** A stored (uncompressed) zip of the given entries: local headers, central directory, end record. */
function zip(entries: Array<[string, string]>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const data = Buffer.from(text, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

describe('file type by content', () => {
  it.each([
    ['台账.et', ole2('Workbook'), 'WPS 表格文件 (.et)'],
    ['台账.xls', ole2('Workbook'), 'Excel 97-2003 工作簿 (.xls)'],
    ['台账.csv', ole2('Workbook'), 'Excel 97-2003 工作簿 (.xls)'],
    ['说明.wps', ole2('WordDocument'), 'Word/WPS 文字文档'],
    ['加密.xlsx', ole2('EncryptedPackage'), '设有打开密码'],
  ])('refuses %s (OLE2) naming the format and how to save it as .xlsx', async (name, bytes, format) => {
    ledger = await openTemp();
    const err = await refusal(ledger.send('imports.inspect', { file: asFile(name, bytes) }));
    expect(err.body.message).toContain(`「${name}」`);
    expect(err.body.message).toContain(format);
    expect(err.body.message).toMatch(/另存为 → Excel 工作簿 \(\*\.xlsx\)|另存为 Excel 工作簿 \(\*\.xlsx\)/);
  });

  it.each([
    ['清单.xlsx', zip([['word/document.xml', '<w:document/>'], ['[Content_Types].xml', '<Types/>']]), 'Word 文档 (.docx)'],
    ['清单.zip', zip([['清单.csv', '项目名称,建设单位\n甲,乙\n']]), 'zip 压缩包，不是 Excel 工作簿'],
    ['清单.xlsx', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0x20)]), 'PDF 文件'],
    ['清单.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(100).fill(0)]), 'PNG 图片'],
  ])('refuses %s that is not a workbook or a text table: %s', async (name, bytes, format) => {
    ledger = await openTemp();
    const err = await refusal(ledger.send('imports.inspect', { file: asFile(name, bytes) }));
    expect(err.body.message).toContain(format);
  });

  it('refuses binary content under a .csv name instead of offering its columns for mapping', async () => {
    ledger = await openTemp();
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 3 === 0 ? 0 : 0x41 + (i % 26);
    const err = await refusal(ledger.send('imports.inspect', { file: asFile('data.csv', bytes) }));
    expect(err.body.message).toBe('「data.csv」不是文本表格（含大量二进制字符），不能导入。请导入 .xlsx、CSV 或制表符分隔的文本文件');
  });

  it.each([
    ['导出.xls', '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>项目名称</td></tr></table></body></html>', '网页 (HTML) 格式的表格'],
    ['导出.xls', '<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"><Worksheet/></Workbook>', 'XML 电子表格 (Excel 2003 XML)'],
  ])('refuses %s that is really markup, naming it and how to save it as .xlsx', async (name, text, format) => {
    ledger = await openTemp();
    const err = await refusal(ledger.send('imports.inspect', { file: asFile(name, text) }));
    expect(err.body.message).toBe(`「${name}」是${format}，不能直接导入。请在 Excel 或 WPS 中打开，选择「另存为 → Excel 工作簿 (*.xlsx)」后再导入`);
  });

  it('says so when the binary-looking text is UTF-16 saved without its BOM', async () => {
    ledger = await openTemp();
    const err = await refusal(ledger.send('imports.inspect', { file: asFile('清单.txt', Buffer.from('name\tcompany\r\nA\tB\r\n', 'utf16le')) }));
    expect(err.body.message).toContain('没有 BOM 的 UTF-16 文本');
  });

  it.each([['utf-16le'], ['utf-16be']] as const)('reads Excel’s Unicode 文本 (tab-separated %s with BOM)', async (encoding) => {
    ledger = await openTemp();
    const text = '项目名称\t建设单位\t总投资（万元）\t开工时间\r\n储能电池项目\t湖州储能科技有限公司\t32500\t2026/3/15 9:00\r\n𠀀䶮新材料项目\t湖州䶮科技有限公司\t1.5\t2026-05-01\r\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le.map((_, i) => le[i ^ 1]!));
    const f = asFile('清单.txt', bytes);
    const inspection = await ledger.send('imports.inspect', { file: f });
    expect(inspection).toMatchObject({ encoding, delimiter: '\t', dataRows: 2 });
    expect(inspection.mapping).toEqual(['name', 'company', 'totalInvestment', 'plannedStart']);
    const preview = await ledger.send('imports.preview', { file: f, mapping: inspection.mapping, matchKey: 'nameCompany', mode: 'add' });
    expect(preview.rows.map((r) => [r.name, r.company, r.totalInvestment, r.status])).toEqual([
      ['储能电池项目', '湖州储能科技有限公司', 325_000_000, 'new'],
      ['𠀀䶮新材料项目', '湖州䶮科技有限公司', 15_000, 'new'],
    ]);
  });

  it('still reads a CSV whatever its name (a .xlsx that is really text)', async () => {
    ledger = await openTemp();
    const inspection = await ledger.send('imports.inspect', { file: asFile('清单.xlsx', '项目名称,建设单位\n甲,乙\n') });
    expect(inspection).toMatchObject({ format: 'csv', dataRows: 1 });
  });
});

describe('control characters in text cells', () => {
  it('takes them out of .xlsx cells too, where Excel stores them as _x0000_ escapes', async () => {
    ledger = await openTemp();
    const wb = newWorkbook();
    const ws = wb.addWorksheet('清单');
    ['项目编号', '项目名称', '建设单位'].forEach((h, c) => { ws.getCell(1, c + 1).value = h; });
    // Written literally, the escapes are what Excel itself writes for U+0000 and U+0007.
    ['GX-001_x0000_', '储能_x0007_电池项目', '甲公司'].forEach((v, c) => { ws.getCell(2, c + 1).value = v; });
    const f = asFile('清单.xlsx', await workbookBytes(wb));
    const ins = await ledger.send('imports.inspect', { file: f });
    const preview = await ledger.send('imports.preview', { file: f, mapping: ins.mapping, matchKey: 'code', mode: 'add' });
    expect(preview.rows.map((r) => [r.code, r.name])).toEqual([['GX-001', '储能电池项目']]);
    expect(preview.rows[0]!.issues.map((i) => i.message)).toEqual(['第2行「项目编号」：删除了 1 个不可见的控制字符', '第2行「项目名称」：删除了 1 个不可见的控制字符']);
  });

  it('takes a NUL out of a code and a name with a warning, so the clean code later matches instead of adding a look-alike', async () => {
    ledger = await openTemp();
    const dirty = asFile('dirty.csv', '项目编号,项目名称,建设单位,总投资（万元）\r\nGX-001\u0000,储能\u0000电池项目,甲公司,100\r\n');
    const ins = await ledger.send('imports.inspect', { file: dirty });
    const preview = await ledger.send('imports.preview', { file: dirty, mapping: ins.mapping, matchKey: 'code', mode: 'upsert' });
    expect(preview.rows[0]!.issues.map((i) => i.message)).toEqual(['第2行「项目编号」：删除了 1 个不可见的控制字符', '第2行「项目名称」：删除了 1 个不可见的控制字符']);
    await ledger.send('imports.commit', { file: dirty, mapping: ins.mapping, matchKey: 'code', mode: 'upsert' });
    const clean = asFile('clean.csv', '项目编号,项目名称,建设单位,总投资（万元）\r\nGX-001,储能电池项目,甲公司,200\r\n');
    const summary = await ledger.send('imports.commit', { file: clean, mapping: ins.mapping, matchKey: 'code', mode: 'upsert' });
    expect(summary).toMatchObject({ added: 0, updated: 1 });
    const stored = sqliteHandle(ledger.ctx.db).prepare('SELECT code, name, total_investment AS total FROM projects').all();
    expect(stored).toEqual([{ code: 'GX-001', name: '储能电池项目', total: 2_000_000 }]);
  });
});

describe('our own CSV read back', () => {
  it('re-imports the register CSV in update mode with nothing updated and every value as it was', async () => {
    ledger = await openTemp();
    const projects = [
      { code: 'Q-1', name: '=1+1', company: '甲公司', progressNote: '-', problems: '＋待协调' },
      { code: 'Q-2', name: '-1号地块项目', company: '乙公司', progressNote: '@张三 跟进', problems: '' },
      { code: 'Q-3', name: '＋新能源基地', company: '丙公司', progressNote: '=SUM(A1)', problems: '' },
      { code: 'Q-4', name: "'98 招商", company: "'丁'公司", progressNote: "'-不是公式", problems: "''=两个撇号" },
    ];
    for (const p of projects) await ledger.send('projects.create', { ...p, totalInvestment: 123_456_789 });
    const read = () => sqliteHandle(ledger!.ctx.db).prepare('SELECT code, name, company, progress_note, problems, total_investment FROM projects ORDER BY code').all();
    const before = read();
    const csv = projectListCsv(await ledger.send('projects.list', {}), '万元');
    // The export guards the formula-like text, so the file does hold the apostrophes this test is about.
    expect(csv).toContain("'=1+1");
    expect(csv).toContain("''-不是公式");
    const f = asFile('项目清单.csv', csv);
    const ins = await ledger.send('imports.inspect', { file: f });
    const preview = await ledger.send('imports.preview', { file: f, mapping: ins.mapping, matchKey: 'code', mode: 'update' });
    expect(preview.rows.map((r) => [r.code, r.name, r.status, r.changes])).toEqual(projects.map((p) => [p.code, p.name, 'unchanged', []]));
    const summary = await ledger.send('imports.commit', { file: f, mapping: ins.mapping, matchKey: 'code', mode: 'update' });
    expect(summary).toMatchObject({ added: 0, updated: 0 });
    expect(read()).toEqual(before);
  });
});
