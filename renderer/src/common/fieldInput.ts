/**
 * Turns what a person typed into a field's value, or says why not: amounts in any form the amount
 * parser reads (bare numbers in the display unit), dates as 2026-03-01, 2026/3/1 or 2026年3月1日.
 */
import { describeAmountFailure, formatAmount, parseAmount, type AmountDisplay, type MoneyUnit } from '../../../shared/domain/money';
import { isIsoDate } from '../../../shared/domain/dates';

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string; messageEn: string };

export function parseAmountInput(text: string, unit: MoneyUnit, optional = false): Parsed<number | null> {
  const parsed = parseAmount(text.trim(), unit);
  if (parsed.ok) return { ok: true, value: parsed.yuan };
  if (parsed.reason === 'empty' && optional) return { ok: true, value: null };
  const why = describeAmountFailure(parsed);
  return { ok: false, message: why.zh, messageEn: why.en };
}

const LOOSE_DATE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

export function parseDateInput(text: string): Parsed<string | null> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const m = LOOSE_DATE.exec(trimmed);
  const iso = m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : trimmed;
  if (isIsoDate(iso)) return { ok: true, value: iso };
  return {
    ok: false,
    message: `「${trimmed}」不是有效日期，请填写如 2026-03-01、2026/3/1 或 2026年3月1日`,
    messageEn: `"${trimmed}" is not a valid date; write e.g. 2026-03-01`,
  };
}

export function parseNumberInput(text: string): Parsed<number | null> {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return { ok: true, value: null };
  const value = Number(trimmed);
  if (!Number.isFinite(value) || value < 0 || !/^\d+(\.\d+)?$/.test(trimmed)) {
    return { ok: false, message: `「${text.trim()}」不是有效的数字`, messageEn: `"${text.trim()}" is not a number` };
  }
  return { ok: true, value };
}

export function parsePercentInput(text: string): Parsed<number> {
  const trimmed = text.trim().replace(/[%％]$/, '');
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isInteger(value) || value < 0 || value > 100) {
    return { ok: false, message: `完成百分比应为 0–100 的整数：「${text.trim()}」`, messageEn: `percent must be a whole number 0–100: "${text.trim()}"` };
  }
  return { ok: true, value };
}

const EXACT_DECIMALS: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/**
 * An amount as the user edits it: the display unit's number with separators and at least the
 * screen's decimals ("1,390,000.00"), and every further digit it has, so saving it back never
 * rounds it ("12,345.6789" stays so with two decimals on screen).
 */
export function amountEditText(yuan: number | null, display: AmountDisplay): string {
  if (yuan === null) return '';
  const exact = formatAmount(yuan, display.unit, { decimals: EXACT_DECIMALS[display.unit], grouping: true });
  const [whole = '', fraction = ''] = exact.split('.');
  const kept = fraction.replace(/0+$/, '').padEnd(Math.min(display.decimals, EXACT_DECIMALS[display.unit]), '0');
  return kept ? `${whole}.${kept}` : whole;
}

/** Tags typed as 链主, 外资 or 链主，外资. */
export function parseTagsInput(text: string): string[] {
  return text.split(/[,，、;；\s]+/).map((t) => t.trim()).filter(Boolean);
}
