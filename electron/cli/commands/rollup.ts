import { formatAmount } from '../../../shared/domain/money';
import { DIMENSION_LABELS, ROLLUP_DIMENSIONS, type RollupDimension, type RollupRow } from '../../../shared/domain/rollup';
import { isIsoMonth } from '../../../shared/domain/dates';
import { UsageError, type CliCommand } from '../command';

function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

function line(r: RollupRow): string {
  return [r.key.padEnd(12, '　'), String(r.count).padStart(6), formatAmount(r.totalInvestment, '亿元').padStart(12), percent(r.share).padStart(7),
    formatAmount(r.annualPlan, '亿元').padStart(12), formatAmount(r.completedYtd, '亿元').padStart(12), percent(r.completionRate).padStart(7)].join('  ');
}

export const rollupCommand: CliCommand = {
  name: 'rollup',
  usage: `rollup --by ${ROLLUP_DIMENSIONS.join('|')} [--month YYYY-MM] [--json]`,
  summary: '按维度汇总项目数与投资（元为单位精确合计）/ roll up counts and investment, exact to the 元',
  options: { by: { type: 'string' }, month: { type: 'string' }, json: { type: 'boolean' } },
  async run(ledger, values, _pos, io) {
    const by = values.by;
    if (typeof by !== 'string' || !(ROLLUP_DIMENSIONS as readonly string[]).includes(by)) {
      throw new UsageError(`--by 应为 ${ROLLUP_DIMENSIONS.join('、')} 之一`, `--by must be one of ${ROLLUP_DIMENSIONS.join(', ')}`);
    }
    const month = values.month;
    if (month !== undefined && (typeof month !== 'string' || !isIsoMonth(month))) throw new UsageError(`--month 应为 YYYY-MM：${String(month)}`, `--month must be YYYY-MM: ${String(month)}`);
    const table = await ledger.send('rollups.by', { by: by as RollupDimension, ...(month ? { month } : {}) });
    if (values.json) {
      io.out(JSON.stringify({ ...table, unit: '元' }, null, 2));
      return 0;
    }
    io.out(`按${DIMENSION_LABELS[table.by]}汇总（金额单位：亿元）`);
    io.out([DIMENSION_LABELS[table.by].padEnd(12, '　'), '项目数'.padStart(5), '总投资'.padStart(10), '占比'.padStart(6), '年度计划'.padStart(9), '1–N月完成'.padStart(9), '完成率'.padStart(5)].join('  '));
    for (const row of table.rows) io.out(line(row));
    io.out(line(table.total));
    return 0;
  },
};
