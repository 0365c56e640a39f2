/**
 * Amounts in report cells. The register keeps integer 元; a cell holds the amount in the chosen
 * unit as a number, so leaders can sum and chart it. yuan / 10_000 (万元) or yuan / 100_000_000
 * (亿元) is one IEEE division of two exactly representable integers (amounts are < 2^53), so the
 * cell holds the double nearest to the exact decimal: it shows exactly with the number format, and
 * Math.round(cell × divisor) gives back the 元. Sums are made on integers first, divided once.
 */

import type { ReportUnit } from './reportIds';

export const UNIT_DIVISOR: Record<ReportUnit, number> = { 万元: 10_000, 亿元: 100_000_000 };

export function amountInUnit(yuan: number, unit: ReportUnit): number {
  return yuan / UNIT_DIVISOR[unit];
}

/** Back to integer 元 (tests, and anyone reading a report's numbers). */
export function yuanFromUnit(value: number, unit: ReportUnit): number {
  return Math.round(value * UNIT_DIVISOR[unit]);
}

/** Excel number format: two decimals in either unit, as the reports leaders receive show them. */
export const AMOUNT_FORMAT = '#,##0.00';
