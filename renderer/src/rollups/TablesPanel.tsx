/** The rollup page proper: totals at a glance, the table of the chosen dimension, and four charts. */
import { useMemo } from 'react';
import { useSessionState } from '../common/useSessionState';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { rollupKeyText } from '../common/domainText';
import type { Money } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import type { RollupDimension, RollupTable } from '../../../shared/domain/rollup';
import { cellSlice, compactSlice, registerHref, type RollupSlice } from '../../../shared/domain/rollupSlice';
import { ChartCard } from './ChartCard';
import { barOption, funnelOption, monthlyOption, shareOption } from './chartOptions';
import { percentText } from './format';
import { RollupMatrixView } from './RollupMatrixView';
import { RollupTableView } from './RollupTableView';
import { CsvExportMenu } from '../reports/CsvExportMenu';
import { rollupMatrixCsv, rollupTableCsv } from './rollupCsv';

type Layout = { rows: RollupDimension; columns?: RollupDimension; label: string };

const ONE_WAY: RollupDimension[] = ['chain', 'area', 'stage', 'level', 'year', 'size'];

interface Props {
  slice: RollupSlice;
  month: string;
  money: Money;
  /** Show the figures frozen when `month` was closed. */
  closed?: boolean;
}

function openSlice(slice: RollupSlice) {
  window.location.hash = registerHref(slice);
}

/** The donut's slices under 2% fold into this key (never a rollup key: those are data or the app's words). */
const OTHER_KEY = '\u0000other';

export function TablesPanel({ slice, month, money, closed = false }: Props) {
  const { t } = useTranslation('rollups');
  const en = money.en;
  const layouts: Layout[] = [
    // 签约年份 reads as plain "Year" on the English button: the table's column names it in full.
    ...ONE_WAY.map((d) => ({ rows: d, label: d === 'year' ? t('yearButton') : t(`dims.${d}`) })),
    { rows: 'chain', columns: 'area', label: t('chainByArea') },
    { rows: 'chain', columns: 'stage', label: t('chainByStage') },
  ];
  const [layoutIndex, setLayoutIndex] = useSessionState('rollups.layout', 0, (v): v is number => Number.isInteger(v));
  const layout = layouts[layoutIndex] ?? layouts[0]!;
  const sent = compactSlice(slice);
  const frozen = closed ? { closed: true } : {};
  const [tables, reload] = useApiQuery('rollups.matrix', { rows: layout.rows, ...(layout.columns ? { columns: layout.columns } : {}), month, slice: sent, ...frozen });
  const [stages] = useApiQuery('rollups.matrix', { rows: 'stage', month, slice: sent, ...frozen });
  const year = Number(month.slice(0, 4));
  const [monthly] = useApiQuery('rollups.monthly', { year, slice: sent });

  const table: RollupTable | null = tables.status === 'ok' ? tables.data.table : null;
  const by = layout.rows;
  const dimName = t(`dims.${by}`);
  const label = useMemo(() => (key: string) => (key === OTHER_KEY ? t('chart.other') : rollupKeyText(by, key, en)), [by, en, t]);
  const stageLabel = useMemo(() => (key: string) => rollupKeyText('stage', key, en), [en]);
  const bar = useMemo(() => (table ? barOption(table.rows, money, t, label) : null), [table, money, t, label]);
  const share = useMemo(() => (table ? shareOption(table.rows, money, t, label, OTHER_KEY) : null), [table, money, t, label]);
  const monthlyChart = useMemo(() => (monthly.status === 'ok' ? monthlyOption(monthly.data, month, money, t) : null), [monthly, month, money, t]);
  const funnel = useMemo(() => (stages.status === 'ok' ? funnelOption(stages.data.table.rows, t, stageLabel) : null), [stages, t, stageLabel]);

  if (tables.status === 'error') {
    return (
      <div className="view-state view-error" role="alert">
        <p>{t('loadFailed', { message: tables.message })}</p>
        <button type="button" className="button-secondary" onClick={reload}>{t('retry')}</button>
      </div>
    );
  }
  const total = table?.total;
  const monthNumber = Number(month.slice(5, 7));
  const pickKey = (dim: RollupDimension) => (name: string) => openSlice(cellSlice(slice, [dim, name]));

  // A headline of only unknown amounts reads 未填, never 0.00.
  const totalKnown = total ? knownSum(total.totalInvestment, total.totalUnknown, total.count) : null;
  const planKnown = total ? knownSum(total.annualPlan, total.planUnknown, total.count) : null;
  return (
    <div className="rollups-body">
      <div className="kpis" role="group" aria-label={t('grandTotal')}>
        <Kpi label={t('kpi.projects')} value={total ? String(total.count) : '…'} unit={t('kpi.countUnit')} />
        <Kpi label={t('kpi.total')} value={total ? money.amount(totalKnown) : '…'} unit={totalKnown === null ? '' : money.unit}
          note={total?.totalUnknown ? t('unknown.total', { count: total.totalUnknown }) : ''} />
        <Kpi label={t('kpi.plan')} value={total ? money.amount(planKnown) : '…'} unit={planKnown === null ? '' : money.unit}
          note={total?.planUnknown ? t('unknown.plan', { count: total.planUnknown }) : ''} />
        <Kpi label={t('kpi.ytd', { span: monthSpan(monthNumber, en) })} value={total ? money.sum(total.completedYtd) : '…'} unit={money.unit} />
        <Kpi label={t('kpi.rate')} value={total?.completionRate == null ? '—' : percentText(total.completionRate)} unit="" />
      </div>

      <div className={`rollup-grid-top ${layout.columns ? 'is-matrix' : ''}`}>
        <section className="table-card" aria-label={layout.label}>
          <header className="card-head">
            <div className="segmented segmented-small" role="group" aria-label={t('by')}>
              {layouts.map((l, i) => (
                <button key={l.label} type="button" aria-pressed={i === layoutIndex} className={`${i === layoutIndex ? 'active' : ''} ${i === ONE_WAY.length ? 'seg-gap' : ''}`} onClick={() => setLayoutIndex(i)}>
                  {l.label}
                </button>
              ))}
            </div>
            {table && tables.status === 'ok' && <CsvExportMenu compact title={`${t('title')}_${layout.label.replace(/\s+/g, '')}`} collect={() => (tables.data.matrix ? rollupMatrixCsv(tables.data.matrix, money, t) : rollupTableCsv(table, money, month, t))} />}
          </header>
          <div className="table-scroll">
            {tables.status === 'loading' || !table ? <div className="view-state" role="status">{t('loading')}</div>
              : tables.data.matrix ? <RollupMatrixView matrix={tables.data.matrix} slice={slice} money={money} />
                : <RollupTableView table={table} slice={slice} money={money} month={month} />}
          </div>
          {tables.status === 'ok' && tables.data.matrix && <p className="card-note">{t('matrixHint', { unit: money.unit })}</p>}
        </section>
        {bar && table && (
          <ChartCard
            className="chart-bar"
            title={t('chart.byDim', { dim: dimName })}
            fileName={t('chart.byDim', { dim: dimName })}
            option={bar}
            bandCategories={table.rows.map((r) => r.key)}
            onPick={pickKey(by)}
            empty={table.rows.length === 0}
          />
        )}
      </div>

      <div className="rollup-grid-bottom">
        {share && table && <ChartCard title={t('chart.share', { dim: dimName })} fileName={t('chart.share', { dim: dimName })} option={share} onPick={(name) => { if (name !== OTHER_KEY) pickKey(by)(name); }} empty={table.rows.length === 0} />}
        {monthlyChart && <ChartCard title={t('chart.monthly', { year })} fileName={t('chart.monthly', { year })} option={monthlyChart} />}
        {funnel && <ChartCard title={t('chart.funnel')} fileName={t('chart.funnel')} option={funnel} onPick={pickKey('stage')} />}
      </div>
      {(table?.total.totalUnknown ?? 0) > 0 && <p className="card-note unknown-note" role="note">{t('unknown.chart', { count: table!.total.totalUnknown })}</p>}
      {monthly.status === 'ok' && monthly.data.planUnknown > 0 && <p className="card-note unknown-note" role="note">{t('unknown.monthlyPlan', { count: monthly.data.planUnknown })}</p>}
      <p className="card-note">{t('chart.clickHint')}</p>
    </div>
  );
}

function Kpi({ label, value, unit, note = '' }: { label: string; value: string; unit: string; note?: string }) {
  return (
    <div className="kpi">
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{value}{unit && <span className="kpi-unit">{unit}</span>}</div>
      {note && <div className="kpi-note">{note}</div>}
    </div>
  );
}
