/** `ledger import FILE`: the wizard's preview and commit from a script, with the same rules. */

import { readInputFile } from '../readInputFile';
import fs from 'node:fs';
import path from 'node:path';
import { formatAmount } from '../../../shared/domain/money';
import type { ImportEncodingChoice, ImportMode, ImportPreview } from '../../../shared/import/types';
import { UsageError, type CliCommand, type CliIo } from '../command';

const MODES: ImportMode[] = ['add', 'update', 'upsert'];
const ENCODINGS: ImportEncodingChoice[] = ['utf-8', 'gb18030'];
const LISTED_ISSUES = 50;

function yuanText(yuan: number): string {
  return `${formatAmount(yuan, '万元', { decimals: 4, grouping: true }).replace(/\.?0+$/, '')} 万元（${yuan} 元）`;
}

function printPreview(preview: ImportPreview, io: CliIo): void {
  const { inspection: ins, totals } = preview;
  const how = ins.format === 'csv' ? `编码 ${ins.encoding}，分隔符 ${ins.delimiter === '\t' ? 'Tab' : ins.delimiter}` : `工作表「${ins.sheet}」`;
  io.out(`文件：${ins.fileName}（${how}，表头在第 ${ins.headerLines.join('、')} 行）`);
  io.out(`项目行 ${totals.rows}：新增 ${totals.byStatus.new}，更新 ${totals.byStatus.update}，不变 ${totals.byStatus.unchanged}，拒绝 ${totals.byStatus.rejected}`);
  io.out(`总投资合计（不含被拒绝的行）：${yuanText(totals.totalInvestment)}${totals.totalUnknown ? `，其中 ${totals.totalUnknown} 行总投资未填（不计入合计）` : ''}`);
  if (totals.fileTotal !== null) {
    io.out(`文件自带合计行：${yuanText(totals.fileTotal)}${totals.mismatch ? `，与各项目行之和（${yuanText(totals.rowsTotal)}）不一致` : '，与各项目行之和一致'}`);
  }
  if (ins.skippedRows.length) io.out(`已跳过合计/小计/注释行 ${ins.skippedRows.length} 行：第 ${ins.skippedRows.map((r) => r.line).join('、')} 行`);
  for (const i of preview.fileIssues) io.err(`${i.level === 'error' ? '错误' : '提示'}：${i.message}`);
  const issues = preview.rows.flatMap((r) => r.issues);
  for (const i of issues.slice(0, LISTED_ISSUES)) (i.level === 'error' ? io.err : io.out)(`${i.level === 'error' ? '错误' : '警告'}：${i.message}`);
  if (issues.length > LISTED_ISSUES) io.out(`……另有 ${issues.length - LISTED_ISSUES} 条`);
}

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import FILE [--mode add|update|upsert] [--match code|name] [--sheet NAME] [--dry-run] [--json] [--skip-rejected] [--add-codes] [--accept-total-mismatch]',
  summary: '导入 CSV/TSV/XLSX 项目清单（有被拒绝的行、或各行之和与合计行不符，则整体不导入）/ import a project list, all or nothing',
  positionals: 1,
  options: {
    mode: { type: 'string' }, match: { type: 'string' }, sheet: { type: 'string' }, encoding: { type: 'string' },
    'dry-run': { type: 'boolean' }, json: { type: 'boolean' }, 'skip-rejected': { type: 'boolean' }, 'add-codes': { type: 'boolean' },
    'accept-total-mismatch': { type: 'boolean' },
  },
  async run(ledger, values, positionals, io) {
    const file = positionals[0];
    if (!file) throw new UsageError('请给出要导入的文件', 'give the file to import');
    const mode = (values.mode ?? 'upsert') as ImportMode;
    if (!MODES.includes(mode)) throw new UsageError(`--mode 应为 ${MODES.join('、')} 之一`, `--mode must be one of ${MODES.join(', ')}`);
    const match = values.match ?? 'code';
    if (match !== 'code' && match !== 'name') throw new UsageError('--match 应为 code 或 name', '--match must be code or name');
    const encoding = values.encoding === undefined ? undefined : ENCODINGS.find((e) => e === values.encoding);
    if (values.encoding !== undefined && !encoding) throw new UsageError('--encoding 应为 utf-8 或 gb18030', '--encoding must be utf-8 or gb18030');
    if (!fs.existsSync(file)) {
      io.err(`找不到文件：${file} / file not found: ${file}`);
      return 1;
    }
    const base = {
      file: { name: path.basename(file), base64: readInputFile(file).toString('base64') },
      ...(typeof values.sheet === 'string' ? { sheet: values.sheet } : {}),
      ...(encoding ? { encoding } : {}),
    };
    const inspection = await ledger.send('imports.inspect', base);
    const plan = { ...base, mapping: inspection.mapping, matchKey: match === 'code' ? 'code' as const : 'nameCompany' as const, mode };
    let preview = await ledger.send('imports.preview', { ...plan, rowLimit: 100_000 });
    const addCodes = values['add-codes'] ? preview.unknownCodes.map(({ list, value }) => ({ list, value })) : [];
    if (addCodes.length) preview = await ledger.send('imports.preview', { ...plan, addCodes, rowLimit: 100_000 });
    const blocked = preview.totals.byStatus.rejected > 0 && !values['skip-rejected'];
    const fileBlocked = preview.fileIssues.some((i) => i.level === 'error');
    const { mismatch } = preview.totals;
    const totalBlocked = mismatch !== null && !values['accept-total-mismatch'];
    if (values.json && (values['dry-run'] || blocked || fileBlocked || totalBlocked)) io.out(JSON.stringify({ preview, committed: null }, null, 2));
    else if (!values.json) printPreview(preview, io);
    if (fileBlocked || blocked) {
      io.err(`有 ${preview.totals.byStatus.rejected} 行被拒绝，整个文件未导入，台账未改动（用 --skip-rejected 可只导入其余行）/ rejected rows: nothing imported`);
      return 1;
    }
    if (mismatch && totalBlocked) {
      io.err(`与合计行不符：${mismatch.message}。整个文件未导入，台账未改动；核对无误后可加 --accept-total-mismatch 按各项目行导入`);
      io.err(`rows disagree with the total row: ${mismatch.messageEn}. Nothing imported; add --accept-total-mismatch to import the rows as they are`);
      return 1;
    }
    if (mismatch) io.out(`已接受与合计行的差额 / difference from the total row accepted：${mismatch.message}`);
    if (values['dry-run']) {
      if (!values.json) io.out('试运行：未写入任何数据 / dry run: nothing written');
      return 0;
    }
    const summary = await ledger.send('imports.commit', { ...plan, addCodes, skipRejected: Boolean(values['skip-rejected']), acceptTotalMismatch: Boolean(values['accept-total-mismatch']) });
    if (values.json) io.out(JSON.stringify({ preview: { ...preview, rows: [] }, committed: summary }, null, 2));
    else io.out(`已导入（批次 ${summary.batchId}）：新增 ${summary.added}，更新 ${summary.updated}，不变 ${summary.unchanged}，拒绝 ${summary.rejected}；总投资 ${yuanText(summary.totalInvestment)}`);
    return 0;
  },
};
