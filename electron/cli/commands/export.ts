import fs from 'node:fs';
import path from 'node:path';
import { isIsoMonth } from '../../../shared/domain/dates';
import { REPORT_GROUPINGS, REPORT_IDS, REPORT_TITLES, REPORT_UNITS, reportIdOf, type ReportGrouping, type ReportUnit } from '../../../shared/reports/reportIds';
import { UsageError, type CliCommand } from '../command';

function oneOf<T extends string>(values: readonly T[], raw: string | boolean | undefined, option: string): T | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw === 'string' && (values as readonly string[]).includes(raw)) return raw as T;
  throw new UsageError(`--${option} 应为 ${values.join('、')} 之一：${String(raw)}`, `--${option} must be one of ${values.join(', ')}: ${String(raw)}`);
}

const REPORT_LIST = REPORT_IDS.map((id) => `${id}（${REPORT_TITLES[id]}）`).join('、');

export const exportCommand: CliCommand = {
  name: 'export',
  usage: `export ${REPORT_IDS.join('|')} --month YYYY-MM --out FILE [--by ${REPORT_GROUPINGS.join('|')}] [--unit 万元|亿元] [--chain X] [--area X] [--level X]`,
  summary: '导出 Excel 报表（A3 横向）/ export an Excel report, printable on A3',
  readsOnly: true,
  options: {
    month: { type: 'string' }, out: { type: 'string' }, by: { type: 'string' }, unit: { type: 'string' },
    chain: { type: 'string' }, area: { type: 'string' }, level: { type: 'string' },
  },
  positionals: 1,
  async run(ledger, values, positionals, io) {
    const name = positionals[0];
    const report = name ? reportIdOf(name) : undefined;
    if (!report) throw new UsageError(`请指明报表：${REPORT_LIST}`, `name the report: ${REPORT_IDS.join(', ')}`);
    const month = values.month;
    if (typeof month !== 'string' || !isIsoMonth(month)) throw new UsageError(`--month 应为 YYYY-MM：${String(month ?? '（缺少）')}`, `--month must be YYYY-MM: ${String(month ?? '(missing)')}`);
    const out = values.out;
    if (typeof out !== 'string' || out.trim() === '') throw new UsageError('缺少 --out FILE', 'missing --out FILE');
    const by = oneOf<ReportGrouping>(REPORT_GROUPINGS, values.by, 'by');
    const unit = oneOf<ReportUnit>(REPORT_UNITS, values.unit, 'unit');
    const filter = Object.fromEntries((['chain', 'area', 'level'] as const).flatMap((k) => (typeof values[k] === 'string' ? [[k, values[k]]] : [])));
    const file = await ledger.send('reports.export', { report, month, ...(by ? { by } : {}), ...(unit ? { unit } : {}), ...(Object.keys(filter).length ? { filter } : {}) });
    // A folder as --out takes the suggested file name.
    const target = fs.existsSync(out) && fs.statSync(out).isDirectory() ? path.join(out, file.fileName) : out;
    // Written beside and renamed, so a failed write never leaves half a workbook under the name.
    const partial = `${target}.partial`;
    fs.writeFileSync(partial, Buffer.from(file.base64, 'base64'));
    fs.renameSync(partial, target);
    io.out(`已导出 ${REPORT_TITLES[report]}（${file.projects} 个项目）：${target} / exported ${report} (${file.projects} projects) to ${target}`);
    return 0;
  },
};
