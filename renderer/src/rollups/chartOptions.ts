/**
 * ECharts options of the 投资汇总 charts: labels in the UI's language, the unit on every amount
 * axis, amounts as the tables show them (the settings' decimals, thousands separators). Items keep
 * their rollup key as their name (a click opens that slice); `label` turns a key into its text.
 */
import type { TFunction } from 'i18next';
import { yuanToUnitNumber } from '../../../shared/domain/money';
import type { RollupRow } from '../../../shared/domain/rollup';
import type { MonthlySeries } from '../../../shared/api/rollups';
import type { Money } from '../common/money';
import { monthName } from '../common/monthSpan';
import { echarts, type ChartOption } from './echarts';

type KeyLabel = (key: string) => string;

const PALETTE = ['#1f5fbf', '#2fa37a', '#f0a020', '#d9534f', '#7b61c9', '#27a5c9', '#e07b39', '#5d7a99', '#b5a21b', '#c2508f', '#4c9e4c', '#8c6d46'];
const TEXT = '#3a4556';
const MUTED = '#6b7686';
const FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
const AXIS_NAME = { color: MUTED, fontSize: 12 };
const SPLIT_LINE = { lineStyle: { color: '#eef1f5' } };

const escape = (text: string) => echarts.format.encodeHTML(text);
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
/** Axis ticks are round numbers in the unit: separators only, no fixed decimals. */
const axisNumber = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 4 });

function base(): ChartOption {
  return { color: PALETTE, textStyle: { fontFamily: FONT, color: TEXT }, animationDuration: 300 };
}

/** Horizontal bars, largest at the top: long Chinese names read without rotation. */
export function barOption(rows: RollupRow[], money: Money, t: TFunction<'rollups'>, label: KeyLabel): ChartOption {
  const unit = money.display.unit;
  const names = rows.map((r) => label(r.key));
  return {
    ...base(),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = rows[first?.dataIndex ?? -1];
        if (!row) return '';
        return `<b>${escape(label(row.key))}</b><br/>${escape(t('kpi.total'))}${escape(t('chart.sep'))}${money.sum(row.totalInvestment)} ${escape(money.unit)}` +
          `<br/>${escape(t('col.count'))}${escape(t('chart.sep'))}${escape(t('chart.projectsUnit', { count: row.count }))}<br/>${escape(t('col.share'))}${escape(t('chart.sep'))}${percent(row.share)}`;
      },
    },
    // Room on the right for the longest bar's label.
    grid: { left: 8, right: 16 + 7 * Math.max(6, ...rows.map((r) => money.sum(r.totalInvestment).length)), top: 8, bottom: 34, containLabel: true },
    // Amounts in 万元 run to seven digits: fewer ticks, and a label that would overlap is left out.
    xAxis: { type: 'value', name: t('chart.amountAxis', { unit: money.unit }), nameLocation: 'middle', nameGap: 28, nameTextStyle: AXIS_NAME, splitLine: SPLIT_LINE, splitNumber: 3, axisLabel: { color: MUTED, formatter: axisNumber, hideOverlap: true } },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false }, axisLabel: { color: TEXT, fontSize: 13, width: 96, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: rows.map((r) => yuanToUnitNumber(r.totalInvestment, unit)),
      barMaxWidth: 22,
      itemStyle: { color: '#1f5fbf', borderRadius: [0, 3, 3, 0] },
      emphasis: { itemStyle: { color: '#174a96' } },
      label: { show: true, position: 'right', color: TEXT, formatter: (p) => money.sum(rows[p.dataIndex]?.totalInvestment ?? 0) },
      cursor: 'pointer',
    }],
  };
}

/** Donut of shares; slices under 2% fold into 其他 so the labels stay legible. */
export function shareOption(rows: RollupRow[], money: Money, t: TFunction<'rollups'>, label: KeyLabel, otherKey: string): ChartOption {
  const unit = money.display.unit;
  // Folding makes sense only for several small slices; a single one keeps its own name.
  const small = rows.filter((r) => r.share < 0.02);
  const minor = small.length > 1 ? small : [];
  const major = rows.filter((r) => !minor.includes(r));
  const data = major.map((r) => ({ name: r.key, value: yuanToUnitNumber(r.totalInvestment, unit), yuan: r.totalInvestment, share: r.share, count: r.count }));
  if (minor.length) {
    const yuan = minor.reduce((s, r) => s + r.totalInvestment, 0);
    data.push({ name: otherKey, value: yuanToUnitNumber(yuan, unit), yuan, share: minor.reduce((s, r) => s + r.share, 0), count: minor.reduce((s, r) => s + r.count, 0) });
  }
  return {
    ...base(),
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = data[Array.isArray(p) ? -1 : p.dataIndex];
        if (!item) return '';
        const sep = escape(t('chart.sep'));
        return `<b>${escape(label(item.name))}</b><br/>${escape(t('kpi.total'))}${sep}${money.sum(item.yuan)} ${escape(money.unit)}<br/>${escape(t('col.share'))}${sep}${percent(item.share)}<br/>${escape(t('col.count'))}${sep}${escape(t('chart.projectsUnit', { count: item.count }))}`;
      },
    },
    series: [{
      type: 'pie',
      radius: ['38%', '66%'],
      center: ['50%', '54%'],
      data: data.map(({ name, value }) => ({ name, value })),
      label: { color: TEXT, formatter: (p) => `${label(p.name)}\n${percent(data[p.dataIndex]?.share ?? 0)}`, lineHeight: 16 },
      labelLine: { length: 8, length2: 8 },
      itemStyle: { borderColor: '#fff', borderWidth: 2 },
      cursor: 'pointer',
    }],
  };
}

/** 当月 planned and completed as bars on the left axis, the running totals as lines on the right. */
export function monthlyOption(series: MonthlySeries, reportingMonth: string, money: Money, t: TFunction<'rollups'>): ChartOption {
  const months = series.months.map((m) => monthName(Number(m.month.slice(5, 7)), money.en));
  const value = (yuan: number | null) => (yuan === null ? null : yuanToUnitNumber(yuan, money.display.unit));
  // Nothing is completed after the reporting month yet: the running total stops there instead of running flat.
  const completedToDate = series.months.map((m) => (m.month > reportingMonth ? null : m.completedToDate));
  // Each series in 元, so the tooltip shows the amounts exactly as the tables do.
  const yuan: Array<Array<number | null>> = [series.months.map((m) => m.planned), series.months.map((m) => m.completed), completedToDate, series.months.map((m) => m.plannedToDate)];
  const names = [t('chart.planned'), t('chart.completed'), t('chart.completedToDate'), t('chart.plannedToDate')];
  return {
    ...base(),
    color: ['#9bb8e6', '#1f5fbf', '#e07b39', '#9aa3af'],
    tooltip: {
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const head = list[0] ? escape(months[list[0].dataIndex] ?? '') : '';
        const lines = list.map((p) => {
          const amount = yuan[p.seriesIndex ?? -1]?.[p.dataIndex] ?? null;
          return `${String(p.marker ?? '')}${escape(names[p.seriesIndex ?? -1] ?? '')}${escape(t('chart.sep'))}${amount === null ? '—' : `${money.sum(amount)} ${escape(money.unit)}`}`;
        });
        return [head, ...lines].join('<br/>');
      },
    },
    legend: { top: 0, itemWidth: 14, itemHeight: 10, itemGap: 12, textStyle: { color: TEXT } },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months, axisTick: { alignWithLabel: true }, axisLabel: { color: MUTED } },
    yAxis: [
      { type: 'value', name: t('chart.inMonthAxis', { unit: money.unit }), nameTextStyle: { ...AXIS_NAME, align: 'left' }, splitLine: SPLIT_LINE, axisLabel: { color: MUTED, formatter: axisNumber } },
      { type: 'value', name: t('chart.toDateAxis', { unit: money.unit }), nameTextStyle: { ...AXIS_NAME, align: 'right' }, splitLine: { show: false }, axisLabel: { color: MUTED, formatter: axisNumber } },
    ],
    series: [
      { type: 'bar', name: names[0], data: yuan[0]!.map(value), barMaxWidth: 14 },
      { type: 'bar', name: names[1], data: yuan[1]!.map(value), barMaxWidth: 14 },
      { type: 'line', name: names[2], yAxisIndex: 1, data: yuan[2]!.map(value), symbolSize: 6, smooth: false },
      { type: 'line', name: names[3], yAxisIndex: 1, data: yuan[3]!.map(value), symbolSize: 4, lineStyle: { type: 'dashed' } },
    ],
  };
}

export const FUNNEL_STAGES = ['在谈', '已签约', '在建', '已竣工', '已投产', '已达产'] as const;

/** How many projects reached each stage or beyond (停滞/终止 left out): a funnel narrows by construction. */
export function funnelCounts(stageRows: RollupRow[]): Array<{ stage: string; atStage: number; reached: number }> {
  const at = FUNNEL_STAGES.map((s) => stageRows.find((r) => r.key === s)?.count ?? 0);
  return FUNNEL_STAGES.map((stage, i) => ({ stage, atStage: at[i] ?? 0, reached: at.slice(i).reduce((a, b) => a + b, 0) }));
}

export function funnelOption(stageRows: RollupRow[], t: TFunction<'rollups'>, label: KeyLabel): ChartOption {
  const counts = funnelCounts(stageRows);
  return {
    ...base(),
    color: ['#9aa3af', '#5d8fd8', '#f0a020', '#2fa37a', '#1e8a5c', '#0f6b46'],
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const c = counts[Array.isArray(p) ? -1 : p.dataIndex];
        if (!c) return '';
        const sep = escape(t('chart.sep'));
        return `<b>${escape(label(c.stage))}</b><br/>${escape(t('chart.reached'))}${sep}${escape(t('chart.projectsUnit', { count: c.reached }))}<br/>${escape(t('chart.atStage'))}${sep}${escape(t('chart.projectsUnit', { count: c.atStage }))}`;
      },
    },
    series: [{
      type: 'funnel',
      sort: 'none',
      left: '12%',
      width: '76%',
      top: 12,
      bottom: 12,
      minSize: '34%',
      gap: 3,
      data: counts.map((c) => ({ name: c.stage, value: c.reached })),
      label: { position: 'inside', color: '#fff', fontSize: 13, formatter: (p) => `${label(p.name)}  ${t('chart.funnelCount', { count: counts[p.dataIndex]?.reached ?? 0 })}` },
      itemStyle: { borderWidth: 0 },
      cursor: 'pointer',
    }],
  };
}
