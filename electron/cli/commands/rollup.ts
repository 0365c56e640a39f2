import { formatAmount } from '../../../shared/domain/money';
import { DIMENSION_LABELS, ROLLUP_DIMENSIONS, type RollupDimension, type RollupRow } from '../../../shared/domain/rollup';
import { isIsoMonth } from '../../../shared/domain/dates';
import { formatKnownAmount, knownSum, unknownNote } from '../../../shared/domain/unknownAmounts';
import { UsageError, requireInt, type CliCommand } from '../command';

/** `--by date` groups by signing day (a 投洽会 batch is one row); it is not a register dimension. */
const BY_CHOICES = [...ROLLUP_DIMENSIONS, 'date'] as const;

function percent(ratio: number | null): string {
  return ratio === null ? '—' : `${(ratio * 100).toFixed(1)}%`;
}

function line(r: RollupRow): string {
  return [r.key.padEnd(12, '　'), String(r.count).padStart(6), formatKnownAmount(knownSum(r.totalInvestment, r.totalUnknown, r.count), '亿元').padStart(12), percent(r.share).padStart(7),
    formatKnownAmount(knownSum(r.annualPlan, r.planUnknown, r.count), '亿元').padStart(12), formatAmount(r.completedYtd, '亿元').padStart(12), percent(r.completionRate).padStart(7),
    // Unknown amounts are counted beside the sums, never in them.
    unknownNote(r)].join('  ').trimEnd();
}

export const rollupCommand: CliCommand = {
  name: 'rollup',
  usage: `rollup --by ${BY_CHOICES.join('|')} [--month YYYY-MM] [--year YYYY] [--json]`,
  summary: '按维度汇总项目数与投资（元为单位精确合计）/ roll up counts and investment, exact to the 元',
  readsOnly: true,
  options: { by: { type: 'string' }, month: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' } },
  async run(ledger, values, _pos, io) {
    const by = values.by;
    if (typeof by !== 'string' || !(BY_CHOICES as readonly string[]).includes(by)) {
      throw new UsageError(`--by 应为 ${BY_CHOICES.join('、')} 之一`, `--by must be one of ${BY_CHOICES.join(', ')}`);
    }
    const month = values.month;
    if (month !== undefined && (typeof month !== 'string' || !isIsoMonth(month))) throw new UsageError(`--month 应为 YYYY-MM：${String(month)}`, `--month must be YYYY-MM: ${String(month)}`);
    const year = requireInt(values, 'year', 2000, 2100);
    if (year !== undefined && by !== 'date') throw new UsageError('--year 只用于 --by date', '--year only goes with --by date');
    const table = by === 'date'
      ? { by: 'date' as const, ...(await ledger.send('rollups.bySigningDate', { ...(year ? { year } : {}), ...(month ? { month } : {}) })) }
      : await ledger.send('rollups.by', { by: by as RollupDimension, ...(month ? { month } : {}) });
    if (values.json) {
      io.out(JSON.stringify({ ...table, unit: '元' }, null, 2));
      return 0;
    }
    const label = table.by === 'date' ? '签约日期' : DIMENSION_LABELS[table.by];
    io.out(`按${label}汇总（金额单位：亿元）`);
    io.out([label.padEnd(12, '　'), '项目数'.padStart(5), '总投资'.padStart(10), '占比'.padStart(6), '年度计划'.padStart(9), '1–N月完成'.padStart(9), '完成率'.padStart(5)].join('  '));
    for (const row of table.rows) io.out(line(row));
    io.out(line(table.total));
    return 0;
  },
};
