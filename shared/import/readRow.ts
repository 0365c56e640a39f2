/**
 * One row of the file read into stored values (integer 元, ISO dates, code-list values), with every
 * problem worded in Chinese and English naming the row and the column. A value that cannot be read
 * is never turned into zero: it is left out with a warning, or the row is refused with an error.
 */

import { describeAmountFailure, formatAmount, parseAmount, type MoneyUnit } from '../domain/money';
import type { CodeListName, CodeLists } from '../domain/types';
import { AMOUNT_FIELDS, CODED_FIELDS, DATE_FIELDS, importFieldLabel, type ImportField } from './fields';
import { cleanCellText } from './cleanText';
import { parseImportDate } from './dates';
import { cellText, type GridCell } from './table';
import type { ImportedValues, RowIssue } from './types';

export interface RowReadContext {
  headers: string[];
  units: Array<MoneyUnit | null>;
  mapping: Array<ImportField | null>;
  codeLists: CodeLists;
  /** Values the user accepted as new code-list entries, as "list:value". */
  acceptedCodes: ReadonlySet<string>;
}

export interface ReadRow {
  values: ImportedValues;
  issues: RowIssue[];
  unknownCodes: Array<{ list: CodeListName; value: string }>;
}

const TEXT_LIMITS: Partial<Record<ImportField, number>> = {
  code: 40, name: 200, company: 200, capacity: 200, leader: 40, ownerUnit: 100, contact: 60, progressNote: 2000, problems: 2000,
};
/** Amounts whose absence the user should hear about; the rest are often left blank on purpose. */
const AMOUNTS_EXPECTED: ReadonlySet<ImportField> = new Set(['totalInvestment', 'annualPlan']);

function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ').trim();
}

/** Integer 元 in the column's unit with every digit and no trailing zeros: 10800000000 → "1080000万元". */
function exactInUnit(yuan: number, unit: MoneyUnit): string {
  const decimals = unit === '万元' ? 4 : unit === '亿元' ? 8 : 0;
  const text = formatAmount(yuan, unit, { decimals });
  return `${decimals > 0 ? text.replace(/0+$/, '').replace(/\.$/, '') : text}${unit}`;
}

/** Exact value, else the one list entry that contains it or is contained in it ("新能源产业" → 新能源). */
export function matchCodeValue(list: string[], value: string): { value: string; exact: boolean } | undefined {
  if (list.includes(value)) return { value, exact: true };
  const near = list.filter((entry) => entry.includes(value) || value.includes(entry));
  return near.length === 1 ? { value: near[0]!, exact: false } : undefined;
}

export function readRow(line: number, cells: GridCell[], ctx: RowReadContext): ReadRow {
  const values: ImportedValues = {};
  const issues: RowIssue[] = [];
  const unknownCodes: ReadRow['unknownCodes'] = [];
  ctx.mapping.forEach((field, column) => {
    if (!field) return;
    const header = ctx.headers[column] ?? `第${column + 1}列`;
    // Worded only when there is something to say: most cells of a large file have nothing.
    const issue = (level: RowIssue['level'], zh: string, en: string) =>
      issues.push({ level, field, column: header, message: `第${line}行「${header}」：${zh}`, messageEn: `row ${line}, column "${header}": ${en}` });
    const raw = cells[column] ?? null;
    // Control characters and invisible marks are taken out before anything reads the text.
    const cleaned = typeof raw === 'string' ? cleanCellText(raw, field === 'code' || field === 'nationalCode') : { text: '', removed: 0 };
    if (cleaned.removed > 0) {
      issue('warning', `删除了 ${cleaned.removed} 个不可见的控制字符`, `${cleaned.removed} invisible control character(s) removed`);
    }
    const cell = typeof raw === 'string' ? cleaned.text : raw;
    const text = cellText(cell);

    if (AMOUNT_FIELDS.has(field)) {
      const unit = ctx.units[column] ?? '万元';
      const parsed = parseAmount(typeof cell === 'number' ? cell : text, unit, { remark: true });
      if (parsed.ok) {
        values[field] = parsed.yuan;
        // Worded only for the warnings that show it: formatting it for every amount cell showed in the profile.
        const taken = parsed.warnings.includes('scientific') || parsed.remark !== undefined ? exactInUnit(parsed.yuan, unit) : '';
        if (parsed.warnings.includes('approximate')) issue('warning', `「${text}」是约数，按所写数额导入`, `"${text}" is approximate; imported as stated`);
        if (parsed.warnings.includes('rounded')) issue('warning', `「${text}」不足 1 元的部分已四舍五入`, `"${text}" was rounded to the yuan`);
        if (parsed.warnings.includes('scientific')) {
          issue('warning', `「${text}」是科学计数法（Excel 列宽不足时的显示），按 ${taken} 导入；如原表数字更精确，请改为完整数字`,
            `"${text}" is in scientific notation (Excel's narrow-column display); imported as ${taken}; use the full number if the sheet has more digits`);
        }
        if (parsed.remark !== undefined) {
          issue('warning', `「${text}」按 ${taken} 导入，金额后的说明「${parsed.remark}」未导入`,
            `"${text}" imported as ${taken}; the remark "${parsed.remark}" after the amount was not imported`);
        }
      } else if (parsed.reason === 'empty') {
        if (AMOUNTS_EXPECTED.has(field)) issue('warning', `${importFieldLabel(field).zh}未填写${text ? `（「${text}」）` : ''}，未导入此值`, `${importFieldLabel(field).en} is empty; not imported`);
      } else if (parsed.reason === 'not_amount') {
        issue('warning', `「${text}」不是确切金额，未导入此值（请填写如 139亿、5000万元）`, `"${text}" is not an exact amount; not imported`);
      } else {
        const why = describeAmountFailure(parsed);
        issue('error', why.zh, why.en);
      }
      return;
    }
    if (DATE_FIELDS.has(field)) {
      const parsed = parseImportDate(typeof cell === 'number' ? cell : text);
      if (parsed.ok) {
        if (parsed.date) values[field] = parsed.date;
        if (parsed.date && parsed.precision === 'month') {
          issue('warning', `「${text}」只写到月，未写日，按该月 1 日（${parsed.date}）导入`,
            `"${text}" gives a month but no day; imported as the 1st (${parsed.date})`);
        }
      } else if (parsed.reason === 'invalid_day') {
        issue('error', `「${text}」不是有效日期`, `"${text}" is not a valid date`);
      } else if (parsed.reason === 'year_only') {
        issue('warning', `「${text}」只写了年份，没有月和日，未导入此值`, `"${text}" gives only a year; not imported`);
      } else {
        issue('warning', `「${text}」不是日期，未导入此值（请填写如 2023-05-01、2023年5月）`, `"${text}" is not a date; not imported`);
      }
      return;
    }
    if (text === '') return;
    if (field === 'landMu') {
      const n = Number(halfWidth(text).replace(/亩$/, '').replace(/,/g, ''));
      if (Number.isFinite(n) && n >= 0 && n <= 1_000_000) values.landMu = n;
      else issue('warning', `「${text}」不是亩数，未导入此值`, `"${text}" is not an area in mu; not imported`);
      return;
    }
    if (field === 'nationalCode') {
      const code = halfWidth(text).replace(/\s+/g, '');
      if (/^[0-9A-Za-z-]{24,30}$/.test(code)) values.nationalCode = code;
      else issue('warning', `「${text}」不是 24 位项目代码，未导入此值`, `"${text}" is not a 24-digit national code; not imported`);
      return;
    }
    if ((CODED_FIELDS as readonly string[]).includes(field)) {
      const list = field as CodeListName;
      const value = halfWidth(text);
      const match = matchCodeValue(ctx.codeLists[list], value);
      if (match) {
        values[field] = match.value;
        if (!match.exact) issue('warning', `「${value}」按代码表中的「${match.value}」导入`, `"${value}" imported as "${match.value}" from the code list`);
      } else if (ctx.acceptedCodes.has(`${list}:${value}`)) {
        values[field] = value;
      } else {
        unknownCodes.push({ list, value });
        issue('error', `「${value}」不在${importFieldLabel(field).zh}代码表中，可作为新条目加入后再导入`, `"${value}" is not in the ${importFieldLabel(field).en} list; add it as a new entry to import`);
      }
      return;
    }
    const limit = TEXT_LIMITS[field];
    const value = field === 'code' ? halfWidth(text) : text;
    if (limit !== undefined && value.length > limit) {
      issue('error', `超过 ${limit} 个字`, `longer than ${limit} characters`);
      return;
    }
    values[field] = value;
  });
  if (ctx.mapping.includes('name') && !values.name && !issues.some((i) => i.field === 'name')) {
    const column = ctx.headers[ctx.mapping.indexOf('name')];
    issues.push({ level: 'error', field: 'name', column, message: `第${line}行「${column}」：项目名称为空`, messageEn: `row ${line}, column "${column}": the project name is empty` });
  }
  return { values, issues, unknownCodes };
}
