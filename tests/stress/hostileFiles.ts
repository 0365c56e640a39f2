/**
 * 200 random and hostile files through the importer (imports.inspect, as the wizard's first step):
 * each is read or refused in words (Chinese and English, naming the file), never an internal
 * error, a hang or a crash; nothing from outside the file (XML external entities) gets in.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openLedger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { ApiCallError } from '../../shared/errors';
import { deflatedPart, zipFile, blankBomb, type ZipPart } from '../fixtures/xlsxBuild';
import type { StressFamily } from './family';
import { check, REPO_ROOT, seeded, tempDir, TODAY } from './lib';

const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/import');
const PER_FILE_MS = 30_000;

type Hostile = { kind: string; name: string; bytes: Buffer };

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook around hostile sheet or shared-strings XML. */
function workbookWith(sheetXml: string, extra: ZipPart[] = [], strings?: string): Buffer {
  return zipFile([
    deflatedPart('[Content_Types].xml', `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${strings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`),
    deflatedPart('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    deflatedPart('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="清单" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflatedPart('xl/_rels/workbook.xml.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${strings ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
    deflatedPart('xl/worksheets/sheet1.xml', sheetXml),
    ...(strings ? [deflatedPart('xl/sharedStrings.xml', strings)] : []),
    ...extra,
  ]);
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${rows}</sheetData></worksheet>`;
const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>项目名称</t></is></c><c r="B1" t="inlineStr"><is><t>总投资（万元）</t></is></c></row>';

function hostileXlsx(random: () => number): Hostile[] {
  const laughs = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><sst xmlns="${NS}"><si><t>&lol9;</t></si></sst>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY x SYSTEM "file:///etc/passwd">]><sst xmlns="${NS}"><si><t>&x;</t></si></sst>`;
  const stringCell = '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>5</v></c></row>';
  const list: Array<[string, Buffer]> = [
    ['billion laughs in shared strings', workbookWith(sheet(header + stringCell), [], laughs)],
    ['external entity (file:///etc/passwd)', workbookWith(sheet(header + stringCell), [], xxe)],
    ['nested 5,000 deep', workbookWith(sheet(header + '<row r="2">' + '<x>'.repeat(5000) + '</x>'.repeat(5000) + '</row>'))],
    ['row number past Excel', workbookWith(sheet(header + '<row r="1048577"><c r="A1048577"><v>1</v></c></row>'))],
    ['cell reference XFD1048576', workbookWith(sheet(header + '<row r="2"><c r="XFD2"><v>1</v></c></row>'))],
    ['250 columns', workbookWith(sheet(header + `<row r="2">${Array.from({ length: 250 }, (_, i) => `<c r="${String.fromCharCode(65 + (i % 26))}${String.fromCharCode(65 + Math.floor(i / 26))}2"><v>${i}</v></c>`).join('')}</row>`))],
    ['shared string index out of range', workbookWith(sheet(header + '<row r="2"><c r="A2" t="s"><v>99999</v></c></row>'), [], `<?xml version="1.0"?><sst xmlns="${NS}"><si><t>甲</t></si></sst>`)],
    ['attribute of 2 MB', workbookWith(sheet(header + `<row r="2" x="${'a'.repeat(2 * 1024 * 1024)}"><c r="A2"><v>1</v></c></row>`))],
    ['not XML at all', workbookWith('这不是 XML <<<>>> &&&')],
    ['empty sheet part', workbookWith('')],
    ['number cells with NaN text', workbookWith(sheet(header + '<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2"><v>NaN</v></c></row>'))],
    ['date-typed cell with garbage', workbookWith(sheet(header + '<row r="2"><c r="A2" t="inlineStr"><is><t>甲</t></is></c><c r="B2" t="d"><v>not-a-date</v></c></row>'))],
    ['boolean and error cells', workbookWith(sheet(header + '<row r="2"><c r="A2" t="b"><v>1</v></c><c r="B2" t="e"><v>#DIV/0!</v></c></row>'))],
  ];
  // Zip structures that lie.
  const good = fs.readFileSync(path.join(FIXTURES, 'government.xlsx'));
  const centralAt = good.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  const lie = (offset: number, value: number) => { const b = Buffer.from(good); b.writeUInt32LE(value, centralAt + offset); return b; };
  list.push(['compressed size past the end', lie(20, 0x7fffffff)]);
  list.push(['local header offset past the end', lie(42, 0x7ffffff0)]);
  list.push(['ZIP64 marks without ZIP64 data', lie(20, 0xffffffff)]);
  const method = Buffer.from(good); method.writeUInt16LE(12, centralAt + 10);
  list.push(['bzip2 method', method]);
  const count = Buffer.from(good); count.writeUInt16LE(60000, count.length - 22 + 10);
  list.push(['central directory claims 60,000 entries', count]);
  list.push(['duplicate sheet entries', workbookWith(sheet(header), [deflatedPart('xl/worksheets/sheet1.xml', sheet(header + '<row r="2"><c r="A2"><v>1</v></c></row>'))])]);
  list.push(['garbage deflate data', zipFile([...[deflatedPart('xl/workbook.xml', '<workbook/>')], { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(Array.from({ length: 4000 }, () => Math.floor(random() * 256))), method: 8, crc: 0, declaredSize: 100 }])]);
  list.push(['bomb declaring 4 KB, 300 MB inside', blankBomb(300, { lie: true })]);
  list.push(['bomb honest about 230 MB', blankBomb(230, { lie: false })]);
  list.push(['a zip inside a zip', zipFile([deflatedPart('xl/workbook.xml', '<workbook/>'), { name: 'inner.xlsx', data: blankBomb(50, { lie: true }), method: 0, crc: 0, declaredSize: 10 }])]);
  list.push(['workbook without its sheet', zipFile([deflatedPart('xl/workbook.xml', `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="a" sheetId="1" r:id="rId1"/></sheets></workbook>`)])]);
  return list.map(([kind, bytes], i) => ({ kind: `xlsx: ${kind}`, name: `hostile-${i}.xlsx`, bytes }));
}

function hostileText(random: () => number): Hostile[] {
  const rnd = (n: number) => Math.floor(random() * n);
  const unicode = () => String.fromCodePoint(...Array.from({ length: 200 }, () => [rnd(0x80), 0x4e00 + rnd(0x5000), 0xd800 + rnd(0x800), 0x1f600 + rnd(80), 0xfffe, 0x202e][rnd(6)]!).filter((c) => c < 0xd800 || c > 0xdfff));
  const list: Array<[string, string, Buffer]> = [
    ['unbalanced quote', 'q.csv', Buffer.from('项目名称,总投资\n"甲,100\n乙,200\n')],
    ['only quotes', 'q2.csv', Buffer.from('"""""""""""""""\n'.repeat(100))],
    ['300 columns', 'wide.csv', Buffer.from(Array.from({ length: 300 }, (_, i) => `列${i}`).join(',') + '\n' + '1,'.repeat(299) + '1\n')],
    ['a 1 MB cell', 'long.csv', Buffer.from(`项目名称,总投资\n${'甲'.repeat(350_000)},1\n`)],
    ['NUL bytes everywhere', 'nul.csv', Buffer.from('项\0目名称,总\0投资\n\0甲,1\0\n')],
    ['CR only line ends', 'cr.csv', Buffer.from('项目名称,总投资\r甲,1\r乙,2\r')],
    ['UTF-16 BOM, odd length', 'u16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('项目名称,总投资\n甲,1\n', 'utf16le'), Buffer.from([0x41])])],
    ['UTF-8 BOM then binary', 'bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(Array.from({ length: 3000 }, () => rnd(256)))])],
    ['right-to-left override and emoji headers', 'rtl.csv', Buffer.from('\u202e项目名称,总投资😀\n甲\u202e,1\n')],
    ['formula injection cells', 'f.csv', Buffer.from('项目名称,总投资,建设单位\n=cmd|\'/c calc\'!A1,1,@SUM(1)\n+1,2,-3\n')],
    ['HTML saved as .xls', 'web.xls', Buffer.from('<html><body><table><tr><td>项目名称</td></tr></table></body></html>')],
    ['XML 2003 spreadsheet as .xls', 'x.xls', Buffer.from('<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>')],
    ['RTF', 'a.doc', Buffer.from('{\\rtf1\\ansi 项目名称}')],
    ['PDF', 'a.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n')],
    ['PNG named .csv', 'p.csv', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100)])],
    ['gzip named .xlsx', 'g.xlsx', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08]), Buffer.alloc(100)])],
    ['empty', 'e.csv', Buffer.alloc(0)],
    ['one byte', 'o.csv', Buffer.from('a')],
    ['header only', 'h.csv', Buffer.from('项目名称,建设单位,总投资\n')],
    ['semicolons and pipes mixed', 'm.csv', Buffer.from('项目名称;总投资|建设单位\n甲;1|乙\n')],
  ];
  for (let i = 0; i < 20; i++) list.push([`random unicode text ${i}`, `u${i}.csv`, Buffer.from(`项目名称,总投资,建设单位\n${Array.from({ length: 20 }, () => `${unicode()},${unicode()},${unicode()}`).join('\n')}`)]);
  return list.map(([kind, name, bytes]) => ({ kind: `text: ${kind}`, name, bytes }));
}

function randomAndMangled(random: () => number, count: number): Hostile[] {
  const rnd = (n: number) => Math.floor(random() * n);
  const bytes = (n: number) => Buffer.from(Array.from({ length: n }, () => rnd(256)));
  const sources = ['government.xlsx', 'messy-list.xlsx', 'utf8-bom.csv', 'wps-gb18030.csv'].map((f) => ({ f, b: fs.readFileSync(path.join(FIXTURES, f)) }));
  const out: Hostile[] = [];
  for (let i = 0; out.length < count; i++) {
    const src = sources[i % sources.length]!;
    const ext = path.extname(src.f);
    switch (i % 5) {
      case 0: out.push({ kind: 'random bytes', name: `r${i}${['.csv', '.xlsx', '.txt'][rnd(3)]}`, bytes: bytes(1 + rnd(65_536)) }); break;
      case 1: out.push({ kind: 'zip signature then random', name: `z${i}.xlsx`, bytes: Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), bytes(rnd(20_000))]) }); break;
      case 2: out.push({ kind: 'OLE2 signature then random', name: `o${i}.xls`, bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), bytes(rnd(20_000))]) }); break;
      case 3: out.push({ kind: `${src.f} truncated`, name: `t${i}${ext}`, bytes: src.b.subarray(0, 1 + rnd(src.b.length - 1)) }); break;
      default: {
        const b = Buffer.from(src.b);
        for (let k = 1 + rnd(20); k > 0; k--) b[rnd(b.length)] = rnd(256);
        out.push({ kind: `${src.f} with bytes flipped`, name: `f${i}${ext}`, bytes: b });
      }
    }
  }
  return out;
}

export const hostileFilesFamily: StressFamily = {
  name: 'hostile-files',
  budgetMs: 300_000,
  async run() {
    const random = seeded(2026);
    const fixed = [...hostileXlsx(random), ...hostileText(random)];
    const files = [...fixed, ...randomAndMangled(random, 200 - fixed.length)];
    check(files.length === 200, `${files.length} files generated`);
    const dir = tempDir();
    const ledger = await openLedger({ dbPath: path.join(dir, 'ledger.sqlite'), clock: fixedClock(TODAY), actor: 'stress', seedSampleIfNew: true });
    const tally = { read: 0, refused: 0, invalid: 0 };
    let slowest = { ms: 0, kind: '' };
    try {
      for (const f of files) {
        const t = Date.now();
        let timer: NodeJS.Timeout | undefined;
        const outcome = await Promise.race([
          ledger.send('imports.inspect', { file: { name: f.name, base64: f.bytes.toString('base64') } }).then((v) => ({ ok: true as const, v }), (e: unknown) => ({ ok: false as const, e })),
          new Promise<'hung'>((resolve) => { timer = setTimeout(() => resolve('hung'), PER_FILE_MS); }),
        ]).finally(() => clearTimeout(timer));
        const ms = Date.now() - t;
        if (ms > slowest.ms) slowest = { ms, kind: f.kind };
        check(outcome !== 'hung', `${f.kind} (${f.name}): no answer within ${PER_FILE_MS / 1000} s`);
        if (outcome.ok) {
          check(!JSON.stringify(outcome.v).includes('root:x:0:0'), `${f.kind}: a file from outside the workbook was read in`);
          tally.read++;
          continue;
        }
        const e = outcome.e;
        check(e instanceof ApiCallError, `${f.kind} (${f.name}): threw ${String(e)}`);
        const body = e.body;
        check(body.code === 'invalid_input' || body.code === 'refused', `${f.kind} (${f.name}): ${body.code}: ${body.message} / ${body.messageEn}`);
        check(body.message.includes(f.name) || body.code === 'invalid_input', `${f.kind}: the refusal does not name the file: ${body.message}`);
        check(/[\u4e00-\u9fff]/.test(body.message) && body.messageEn.length > 0, `${f.kind}: the refusal is not in Chinese and English: ${body.message} / ${body.messageEn}`);
        if (body.code === 'refused') tally.refused++;
        else tally.invalid++;
      }
    } finally {
      await ledger.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return `${files.length} files: ${tally.read} read, ${tally.invalid} refused as not a readable list, ${tally.refused} refused at a limit; no internal error, no hang (slowest ${(slowest.ms / 1000).toFixed(1)} s: ${slowest.kind})`;
  },
};
