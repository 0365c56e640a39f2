/**
 * Amounts a source did not state (总投资 "待定", a blank 年度计划) are null: shown 未填, counted
 * apart in every total and never summed as 0. One wording for the grid, the rollups and reports.
 */

import { formatAmount, formatDisplayAmount, type AmountDisplay, type FormatOptions, type MoneyUnit } from './money';
import type { RollupRow } from './rollup';

/** What an unknown amount reads as, in a cell or a field. */
export const UNKNOWN_AMOUNT = { zh: '未填', en: 'not given' } as const;

export type UnknownCounts = Pick<RollupRow, 'totalUnknown' | 'planUnknown'>;

/** "其中 2 个项目总投资未填，1 个项目年度计划投资未填"; empty when every amount is known. */
export function unknownNote(counts: UnknownCounts, lang: 'zh' | 'en' = 'zh'): string {
  const parts: string[] = [];
  if (lang === 'en') {
    if (counts.totalUnknown) parts.push(`${counts.totalUnknown} without total investment`);
    if (counts.planUnknown) parts.push(`${counts.planUnknown} without annual plan`);
    return parts.length ? `of which ${parts.join(', ')} (not in the sums)` : '';
  }
  if (counts.totalUnknown) parts.push(`${counts.totalUnknown} 个项目总投资未填`);
  if (counts.planUnknown) parts.push(`${counts.planUnknown} 个项目年度计划投资未填`);
  return parts.length ? `其中 ${parts.join('，')}` : '';
}

/** The 总投资 part alone ("其中 1 个项目总投资未填"), for places that show no plan. */
export function totalUnknownNote(totalUnknown: number, lang: 'zh' | 'en' = 'zh'): string {
  return unknownNote({ totalUnknown, planUnknown: 0 }, lang);
}

/** An amount in the display unit, or 未填 / "not given" when unknown. */
export function formatKnownAmount(yuan: number | null, unit: MoneyUnit, options: FormatOptions = {}, lang: 'zh' | 'en' = 'zh'): string {
  return yuan === null ? UNKNOWN_AMOUNT[lang] : formatAmount(yuan, unit, options);
}

/** An amount on screen in the settings' unit and decimals, or 未填 / "not given" when unknown. */
export function displayKnownAmount(yuan: number | null, display: AmountDisplay, lang: 'zh' | 'en' = 'zh'): string {
  return yuan === null ? UNKNOWN_AMOUNT[lang] : formatDisplayAmount(yuan, display);
}

/**
 * A sum to show: null (未填) when every project summed lacks the amount, so a group of unknowns
 * never reads 0.00; otherwise the sum of the known ones (the unknown ones are counted beside it).
 */
export function knownSum(sum: number, unknown: number, count: number): number | null {
  return count > 0 && unknown === count ? null : sum;
}
