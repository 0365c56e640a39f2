/** ECharts options of the 投资汇总 charts: Chinese labels, the unit on every amount axis. */
import type { TFunction } from 'i18next';
import { formatAmount, yuanToUnitNumber } from '../../../shared/domain/money';
import type { RollupRow } from '../../../shared/domain/rollup';
import type { MonthlySeries } from '../../../shared/api/rollups';
import { echarts, type ChartOption } from './echarts';

export type DisplayUnit = '万元' | '亿元';

const PALETTE = ['#1f5fbf', '#2fa37a', '#f0a020', '#d9534f', '#7b61c9', '#27a5c9', '#e07b39', '#5d7a99', '#b5a21b', '#c2508f', '#4c9e4c', '#8c6d46'];
const TEXT = '#3a4556';
const MUTED = '#6b7686';
const FONT = '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif';
const AXIS_NAME = { color: MUTED, fontSize: 12 };
const SPLIT_LINE = { lineStyle: { color: '#eef1f5' } };

const escape = (text: string) => echarts.format.encodeHTML(text);
const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;

function base(): ChartOption {
  return { color: PALETTE, textStyle: { fontFamily: FONT, color: TEXT }, animationDuration: 300 };
}

/** Horizontal bars, largest at the top: long Chinese names read without rotation. */
export function barOption(rows: RollupRow[], unit: DisplayUnit, t: TFunction<'rollups'>): ChartOption {
  const names = rows.map((r) => r.key);
  return {
    ...base(),
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const first = Array.isArray(params) ? params[0] : params;
        const row = rows[first?.dataIndex ?? -1];
        if (!row) return '';
        return `<b>${escape(row.key)}</b><br/>${escape(t('kpi.total'))}：${formatAmount(row.totalInvestment, unit, { grouping: true })} ${unit}` +
          `<br/>${escape(t('col.count'))}：${row.count} 个<br/>${escape(t('col.share'))}：${percent(row.share)}`;
      },
    },
    grid: { left: 8, right: unit === '万元' ? 84 : 64, top: 8, bottom: 34, containLabel: true },
    xAxis: { type: 'value', name: t('chart.amountAxis', { unit }), nameLocation: 'middle', nameGap: 28, nameTextStyle: AXIS_NAME, splitLine: SPLIT_LINE, axisLabel: { color: MUTED } },
    yAxis: { type: 'category', data: names, inverse: true, axisTick: { show: false }, axisLabel: { color: TEXT, fontSize: 13, width: 96, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      data: rows.map((r) => yuanToUnitNumber(r.totalInvestment, unit)),
      barMaxWidth: 22,
      itemStyle: { color: '#1f5fbf', borderRadius: [0, 3, 3, 0] },
      emphasis: { itemStyle: { color: '#174a96' } },
      // Whole 万元 are plenty on a bar; 亿元 keep their two decimals as in the table.
      label: { show: true, position: 'right', color: TEXT, formatter: (p) => formatAmount(rows[p.dataIndex]?.totalInvestment ?? 0, unit, { grouping: true, decimals: unit === '万元' ? 0 : 2 }) },
      cursor: 'pointer',
    }],
  };
}

/** Donut of shares; slices under 2% fold into 其他 so the labels stay legible. */
export function shareOption(rows: RollupRow[], unit: DisplayUnit, t: TFunction<'rollups'>, otherLabel: string): ChartOption {
  // Folding makes sense only for several small slices; a single one keeps its own name.
  const small = rows.filter((r) => r.share < 0.02);
  const minor = small.length > 1 ? small : [];
  const major = rows.filter((r) => !minor.includes(r));
  const data = major.map((r) => ({ name: r.key, value: yuanToUnitNumber(r.totalInvestment, unit), yuan: r.totalInvestment, share: r.share, count: r.count }));
  if (minor.length) {
    const yuan = minor.reduce((s, r) => s + r.totalInvestment, 0);
    data.push({ name: otherLabel, value: yuanToUnitNumber(yuan, unit), yuan, share: minor.reduce((s, r) => s + r.share, 0), count: minor.reduce((s, r) => s + r.count, 0) });
  }
  return {
    ...base(),
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const item = data[Array.isArray(p) ? -1 : p.dataIndex];
        if (!item) return '';
        return `<b>${escape(item.name)}</b><br/>${escape(t('kpi.total'))}：${formatAmount(item.yuan, unit, { grouping: true })} ${unit}<br/>${escape(t('col.share'))}：${percent(item.share)}<br/>${escape(t('col.count'))}：${item.count} 个`;
      },
    },
    series: [{
      type: 'pie',
      radius: ['38%', '66%'],
      center: ['50%', '54%'],
      data: data.map(({ name, value }) => ({ name, value })),
      label: { color: TEXT, formatter: (p) => `${p.name}\n${percent(data[p.dataIndex]?.share ?? 0)}`, lineHeight: 16 },
      labelLine: { length: 8, length2: 8 },
      itemStyle: { borderColor: '#fff', borderWidth: 2 },
      cursor: 'pointer',
    }],
  };
}

/** 当月 planned and completed as bars on the left axis, the running totals as lines on the right. */
export function monthlyOption(series: MonthlySeries, reportingMonth: string, unit: DisplayUnit, t: TFunction<'rollups'>): ChartOption {
  const months = series.months.map((m) => t('chart.monthAxis', { m: Number(m.month.slice(5, 7)) }));
  const value = (yuan: number) => yuanToUnitNumber(yuan, unit);
  // Nothing is completed after the reporting month yet: the running total stops there instead of running flat.
  const completedToDate = series.months.map((m) => (m.month > reportingMonth ? null : value(m.completedToDate)));
  return {
    ...base(),
    color: ['#9bb8e6', '#1f5fbf', '#e07b39', '#9aa3af'],
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? `${v.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} ${unit}` : '—') },
    legend: { top: 0, itemWidth: 14, itemHeight: 10, itemGap: 12, textStyle: { color: TEXT } },
    grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months, axisTick: { alignWithLabel: true }, axisLabel: { color: MUTED } },
    yAxis: [
      { type: 'value', name: t('chart.inMonthAxis', { unit }), nameTextStyle: { ...AXIS_NAME, align: 'left' }, splitLine: SPLIT_LINE, axisLabel: { color: MUTED } },
      { type: 'value', name: t('chart.toDateAxis', { unit }), nameTextStyle: { ...AXIS_NAME, align: 'right' }, splitLine: { show: false }, axisLabel: { color: MUTED } },
    ],
    series: [
      { type: 'bar', name: t('chart.planned'), data: series.months.map((m) => value(m.planned)), barMaxWidth: 14 },
      { type: 'bar', name: t('chart.completed'), data: series.months.map((m) => value(m.completed)), barMaxWidth: 14 },
      { type: 'line', name: t('chart.completedToDate'), yAxisIndex: 1, data: completedToDate, symbolSize: 6, smooth: false },
      { type: 'line', name: t('chart.plannedToDate'), yAxisIndex: 1, data: series.months.map((m) => value(m.plannedToDate)), symbolSize: 4, lineStyle: { type: 'dashed' } },
    ],
  };
}

export const FUNNEL_STAGES = ['在谈', '已签约', '在建', '已竣工', '已投产', '已达产'] as const;

/** How many projects reached each stage or beyond (停滞/终止 left out): a funnel narrows by construction. */
export function funnelCounts(stageRows: RollupRow[]): Array<{ stage: string; atStage: number; reached: number }> {
  const at = FUNNEL_STAGES.map((s) => stageRows.find((r) => r.key === s)?.count ?? 0);
  return FUNNEL_STAGES.map((stage, i) => ({ stage, atStage: at[i] ?? 0, reached: at.slice(i).reduce((a, b) => a + b, 0) }));
}

export function funnelOption(stageRows: RollupRow[], t: TFunction<'rollups'>): ChartOption {
  const counts = funnelCounts(stageRows);
  return {
    ...base(),
    color: ['#9aa3af', '#5d8fd8', '#f0a020', '#2fa37a', '#1e8a5c', '#0f6b46'],
    tooltip: {
      trigger: 'item',
      formatter: (p) => {
        const c = counts[Array.isArray(p) ? -1 : p.dataIndex];
        if (!c) return '';
        return `<b>${escape(c.stage)}</b><br/>${escape(t('chart.reached'))}：${c.reached} 个<br/>${escape(t('chart.atStage'))}：${c.atStage} 个`;
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
      label: { position: 'inside', color: '#fff', fontSize: 13, formatter: (p) => `${p.name}  ${counts[p.dataIndex]?.reached ?? 0}个` },
      itemStyle: { borderWidth: 0 },
      cursor: 'pointer',
    }],
  };
}
