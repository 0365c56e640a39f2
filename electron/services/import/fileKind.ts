/**
 * What a file is, from its first bytes, whatever its name says: a renamed .et or .xls must not be
 * decoded as GB18030 text and offered for column mapping. Formats we cannot read are refused with
 * their name and how to save the list as .xlsx.
 */

import { LedgerError } from '../../../shared/errors';
import { zipEntries } from './zipSize';

export type FileKind = 'xlsx' | 'text';

/** D0 CF 11 E0 ("DOCFILE") opens every OLE2 compound file; the full signature goes on A1 B1 1A E1. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const SAVE_AS = { zh: '请在 Excel 或 WPS 中打开，选择「另存为 → Excel 工作簿 (*.xlsx)」后再导入', en: 'open it in Excel or WPS, choose Save As → Excel Workbook (*.xlsx), and import that' };

/** Other binary formats people pick by mistake, by their signature. */
const SIGNATURES: Array<{ bytes: number[]; zh: string; en: string }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46], zh: 'PDF 文件', en: 'a PDF file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: 'PNG 图片', en: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], zh: 'JPEG 图片', en: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: 'GIF 图片', en: 'a GIF image' },
  { bytes: [0x52, 0x61, 0x72, 0x21], zh: 'RAR 压缩包', en: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], zh: '7z 压缩包', en: 'a 7z archive' },
  { bytes: [0x1f, 0x8b], zh: 'gzip 压缩文件', en: 'a gzip file' },
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Whether the bytes hold `text` as UTF-16LE, as OLE2 directory entries name their streams. */
function holdsUtf16(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(text, 'utf16le'));
}

function refuse(fileName: string, zh: string, en: string): never {
  throw new LedgerError('invalid_input', `「${fileName}」${zh}`, `"${fileName}" ${en}`);
}

/** OLE2 compound files: Excel 97–2003, WPS 表格/文字, Word, and a password-protected .xlsx. */
function refuseOle2(fileName: string, bytes: Uint8Array): never {
  if (holdsUtf16(bytes, 'EncryptedPackage')) {
    refuse(fileName, '是设有打开密码的 Excel 工作簿，无法读取。请在 Excel 或 WPS 中取消密码，另存为 Excel 工作簿 (*.xlsx) 后再导入',
      'is a password-protected workbook; remove the password in Excel or WPS, save it as Excel Workbook (*.xlsx), and import that');
  }
  if (holdsUtf16(bytes, 'WordDocument')) {
    refuse(fileName, `是 Word/WPS 文字文档，不是表格。请把其中的表格复制到 Excel 或 WPS 表格，另存为 Excel 工作簿 (*.xlsx) 后再导入`,
      'is a Word/WPS Writer document, not a spreadsheet; copy its table into Excel or WPS Spreadsheets, save as Excel Workbook (*.xlsx), and import that');
  }
  const wps = /\.(et|ett)$/i.test(fileName);
  const format = wps ? { zh: 'WPS 表格文件 (.et)', en: 'a WPS Spreadsheets file (.et)' } : { zh: 'Excel 97-2003 工作簿 (.xls) 或 WPS 表格文件 (.et)', en: 'an Excel 97-2003 (.xls) or WPS (.et) workbook' };
  refuse(fileName, `是${format.zh}，不能直接导入。${SAVE_AS.zh}`, `is ${format.en}, which cannot be imported directly; ${SAVE_AS.en}`);
}

/** A zip: an .xlsx when it holds xl/workbook.xml, else another format named where we can. */
function checkZip(fileName: string, bytes: Uint8Array): FileKind {
  const entries = zipEntries(bytes);
  if (!entries) refuse(fileName, '不是有效的 .xlsx 文件（可能已损坏）', 'is not a valid .xlsx file (damaged?)');
  const names = new Set(entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return 'xlsx';
  const other = names.has('xl/workbook.bin') ? { zh: 'Excel 二进制工作簿 (.xlsb)', en: 'an Excel binary workbook (.xlsb)' }
    : names.has('word/document.xml') ? { zh: 'Word 文档 (.docx)', en: 'a Word document (.docx)' }
      : names.has('content.xml') ? { zh: 'OpenDocument 文件 (.ods/.odt)', en: 'an OpenDocument file (.ods/.odt)' }
        : { zh: 'zip 压缩包，不是 Excel 工作簿', en: 'a zip archive, not an Excel workbook' };
  refuse(fileName, `是${other.zh}，不能导入。${SAVE_AS.zh}`, `is ${other.en} and cannot be imported; ${SAVE_AS.en}`);
}

export function fileKind(fileName: string, bytes: Uint8Array): FileKind {
  if (startsWith(bytes, OLE2)) refuseOle2(fileName, bytes);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return checkZip(fileName, bytes);
  const known = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
  if (known) refuse(fileName, `是${known.zh}，不是表格，不能导入`, `is ${known.en}, not a table; it cannot be imported`);
  return 'text';
}

/** Share of control characters (other than tab and line breaks) above which decoded text is binary. */
const BINARY_SHARE = 0.01;
const BINARY_SAMPLE = 65_536;

/**
 * Refuses decoded "text" that is not a text table: binary (many NUL and other control characters),
 * or a web page or XML spreadsheet saved with an .xls name, as many office systems export.
 */
export function refuseNonTable(fileName: string, text: string): void {
  const sample = text.slice(0, BINARY_SAMPLE);
  let controls = 0;
  const nuls = [0, 0];
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) controls++;
    if (code === 0) nuls[i % 2]!++;
  }
  if (controls >= 4 && controls > sample.length * BINARY_SHARE) {
    // NUL in every other place and nowhere else: UTF-16 text saved without its BOM.
    const [even, odd] = [nuls[0]!, nuls[1]!];
    const utf16 = Math.max(even, odd) > sample.length * 0.2 && Math.min(even, odd) < Math.max(even, odd) * 0.1;
    const hint = utf16 ? { zh: '（像是没有 BOM 的 UTF-16 文本，请另存为 CSV UTF-8）', en: ' (it looks like UTF-16 text without a BOM; save it as CSV UTF-8)' } : { zh: '', en: '' };
    refuse(fileName, `不是文本表格（含大量二进制字符）${hint.zh}，不能导入。请导入 .xlsx、CSV 或制表符分隔的文本文件`,
      `is not a text table (it is full of binary characters)${hint.en}; import an .xlsx, CSV or tab-separated text file`);
  }
  const head = sample.trimStart().slice(0, 2048).toLowerCase();
  if (/^(<!doctype html|<html|<table|<meta)/.test(head) || (head.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet'))) {
    const what = head.startsWith('<?xml') ? { zh: 'XML 电子表格 (Excel 2003 XML)', en: 'an XML spreadsheet (Excel 2003 XML)' } : { zh: '网页 (HTML) 格式的表格', en: 'a web-page (HTML) table' };
    refuse(fileName, `是${what.zh}，不能直接导入。${SAVE_AS.zh}`, `is ${what.en}, which cannot be imported directly; ${SAVE_AS.en}`);
  }
}
