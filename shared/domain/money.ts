/**
 * Money is carried as integer 元. Text from users and files ("139亿", "约70亿元", "1,200万元") is
 * parsed with string arithmetic so that no float ever touches an amount.
 */

export type MoneyUnit = '元' | '万元' | '亿元';

export const MONEY_UNITS: readonly MoneyUnit[] = ['元', '万元', '亿元'];

/** Powers of ten for each unit word that appears in these files. */
const UNIT_EXPONENT: Record<string, number> = {
  元: 0,
  千元: 3,
  万: 4,
  万元: 4,
  十万元: 5,
  百万: 6,
  百万元: 6,
  千万: 7,
  千万元: 7,
  亿: 8,
  亿元: 8,
  万亿: 12,
  万亿元: 12,
};

const UNIT_OF_DISPLAY: Record<MoneyUnit, number> = { 元: 0, 万元: 4, 亿元: 8 };

/** The largest amount accepted (1 万亿元 ×100): far above any project, far below 2^53. */
export const MAX_AMOUNT_YUAN = 100_0000_0000_0000;

/**
 * approximate: 约/近/超/左右/以上; rounded: digits below 1 元 dropped; scientific: "1.08E+06" read as
 * exactly the digits shown (Excel shows a narrow column so, and the hidden digits are lost);
 * remark: text after the amount ("109亿元（二期）"), returned in `remark` and not part of the number.
 */
export type AmountWarning = 'approximate' | 'rounded' | 'scientific' | 'remark';

export type ParsedAmount =
  | { ok: true; yuan: number; warnings: AmountWarning[]; remark?: string }
  | { ok: false; reason: 'empty' | 'not_amount' | 'negative' | 'too_large'; text: string };

function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/。/g, '.');
}

/** Reads the unit a column header announces, e.g. "总投资（亿元）" or "单位：万元". */
export function parseHeaderUnit(header: string): MoneyUnit | undefined {
  const text = toHalfWidth(header);
  // "总投资（亿元）", "总投资（万）", "投资额/万元", "（万元以上）", "单位：万元"
  const m = /(?:[(/:]|单位)\s*(亿元|万元|亿|万|元)/.exec(text);
  if (!m) return undefined;
  return m[1] === '亿' ? '亿元' : m[1] === '万' ? '万元' : (m[1] as MoneyUnit);
}

/** The amount itself, anchored at the start; what follows it is checked apart (empty, or a remark). */
const AMOUNT_PATTERN = /^(约|大约|近|超|逾|共计|合计)?\s*([-−]?)\s*(\d[\d,]*)(?:\.(\d+))?(?:[eE]([+-]?\d{1,2}))?\s*(万亿元|万亿|千万元|千万|百万元|百万|十万元|亿元|亿|万元|万|千元|元)?\s*(左右|以上|余)?/;
/** A remark may follow in brackets, or after a comma or semicolon once a unit word has closed the amount. */
const BRACKET_REMARK = /^[([【]/;
const SEPARATED_REMARK = /^[,;，；、]/;
/** A remark naming another currency makes the figure something other than 元. */
const FOREIGN_CURRENCY = /美元|美金|港元|港币|欧元|日元|英镑|外币|USD|US\$|HK\$|EUR|JPY|\$/i;

/** Digits with the decimal point moved `shift` places (E notation), as integer and fraction strings. */
function shiftPoint(intDigits: string, fracDigits: string, shift: number): [string, string] {
  if (shift >= 0) {
    const frac = fracDigits.padEnd(shift, '0');
    return [intDigits + frac.slice(0, shift), frac.slice(shift)];
  }
  const int = intDigits.padStart(-shift + 1, '0');
  return [int.slice(0, int.length + shift), int.slice(int.length + shift) + fracDigits];
}

export interface AmountOptions {
  /** Accept a remark after the amount (file import, where the remark is reported); a typed field refuses it. */
  remark?: boolean;
}

/**
 * Parses a Chinese amount into integer 元.
 * `defaultUnit` applies to a bare number (from a header such as "总投资（亿元）", or the unit the
 * user has chosen for display). "约"/"左右" mark the amount approximate; digits beyond 1 元 are
 * rounded half up and flagged; E notation and a trailing remark are read and flagged.
 */
export function parseAmount(input: string | number | null | undefined, defaultUnit: MoneyUnit = '元', options: AmountOptions = {}): ParsedAmount {
  if (input === null || input === undefined) return { ok: false, reason: 'empty', text: '' };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return { ok: false, reason: 'not_amount', text: String(input) };
    // Numbers from spreadsheet cells: go through their shortest decimal text, exact for what Excel
    // shows, written out without exponent notation (1e21 is too large, 5e-7 is a small fraction).
    return parseAmount(input.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }), defaultUnit, options);
  }
  const raw = input;
  // toHalfWidth maps one UTF-16 unit to one, so offsets in `text` are offsets in `raw` after `lead`.
  const half = toHalfWidth(raw);
  const lead = half.length - half.trimStart().length;
  const text = half.trim();
  if (text === '' || /^[-—–一/\\]+$/.test(text)) return { ok: false, reason: 'empty', text: raw };
  const m = AMOUNT_PATTERN.exec(text);
  if (!m) return { ok: false, reason: 'not_amount', text: raw };
  const [matched, approxPrefix, minus, intDigits = '', fracDigits = '', eNotation, unitWord, approxSuffix] = m;
  const rest = text.slice(matched.length).trim();
  let remark: string | undefined;
  if (rest !== '') {
    if (!options.remark) return { ok: false, reason: 'not_amount', text: raw };
    const closed = unitWord !== undefined || approxSuffix !== undefined;
    if (!(BRACKET_REMARK.test(rest) || (closed && SEPARATED_REMARK.test(rest)))) return { ok: false, reason: 'not_amount', text: raw };
    // The remark as the file wrote it (full-width brackets kept), without the separator before it.
    remark = raw.slice(lead + matched.length).trim().replace(/^[,;，；、]/, '').trim();
    if (!/[\p{L}\p{N}]/u.test(remark) || FOREIGN_CURRENCY.test(remark)) return { ok: false, reason: 'not_amount', text: raw };
  }
  if (minus) return { ok: false, reason: 'negative', text: raw };
  if (intDigits.includes(',') && (eNotation !== undefined || !/^\d{1,3}(,\d{3})+$/.test(intDigits))) return { ok: false, reason: 'not_amount', text: raw };
  const exponent = unitWord ? (UNIT_EXPONENT[unitWord] ?? 0) : UNIT_OF_DISPLAY[defaultUnit];
  const warnings: AmountWarning[] = [];
  if (approxPrefix || approxSuffix) warnings.push('approximate');
  if (eNotation !== undefined) warnings.push('scientific');

  const [shiftedInt, shiftedFrac] = shiftPoint(intDigits.replace(/,/g, ''), fracDigits, Number(eNotation ?? 0));
  const whole = shiftedInt.replace(/^0+(?=\d)/, '');
  const kept = shiftedFrac.slice(0, exponent).padEnd(exponent, '0');
  const dropped = shiftedFrac.slice(exponent);
  let digits = (whole + kept).replace(/^0+(?=\d)/, '');
  if (/[1-9]/.test(dropped)) {
    warnings.push('rounded');
    if (Number(dropped[0]) >= 5) digits = incrementDecimalString(digits);
  }
  if (digits.length > 16) return { ok: false, reason: 'too_large', text: raw };
  const yuan = Number(digits);
  if (yuan > MAX_AMOUNT_YUAN) return { ok: false, reason: 'too_large', text: raw };
  if (remark !== undefined) warnings.push('remark');
  return remark !== undefined ? { ok: true, yuan, warnings, remark } : { ok: true, yuan, warnings };
}

function incrementDecimalString(digits: string): string {
  const chars = digits.split('');
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '9') {
      chars[i] = '0';
    } else {
      chars[i] = String(Number(chars[i]) + 1);
      return chars.join('');
    }
  }
  return '1' + chars.join('');
}

export interface FormatOptions {
  /** Decimal places; default 2 for 万元/亿元, 0 for 元. */
  decimals?: number;
  /** Thousands separators in the integer part. */
  grouping?: boolean;
  /** Append the unit word. */
  withUnit?: boolean;
}

/** Formats integer 元 in the chosen unit, rounding half up with integer arithmetic only. */
export function formatAmount(yuan: number, unit: MoneyUnit = '亿元', options: FormatOptions = {}): string {
  const exponent = UNIT_OF_DISPLAY[unit];
  const decimals = options.decimals ?? (exponent === 0 ? 0 : 2);
  const negative = yuan < 0;
  const abs = String(Math.abs(Math.trunc(yuan))).padStart(exponent + 1, '0');
  let intPart = abs.slice(0, abs.length - exponent);
  let frac = abs.slice(abs.length - exponent);
  if (decimals < exponent) {
    const keep = frac.slice(0, decimals);
    const roundUp = Number(frac[decimals]) >= 5;
    let combined = intPart + keep;
    if (roundUp) combined = incrementDecimalString(combined);
    intPart = combined.slice(0, combined.length - decimals) || '0';
    frac = combined.slice(combined.length - decimals);
  } else {
    frac = frac.padEnd(decimals, '0');
  }
  intPart = intPart.replace(/^0+(?=\d)/, '');
  if (options.grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const body = decimals > 0 ? `${intPart}.${frac}` : intPart;
  const sign = negative && /[1-9]/.test(body) ? '-' : '';
  return `${sign}${body}${options.withUnit ? unit : ''}`;
}

/** The units amounts are shown in on screen (the settings' 屏幕金额单位) and in reports. */
export type DisplayUnit = '万元' | '亿元';

/** Decimal places an amount on screen may carry (设置与数据 → 显示). */
export const DISPLAY_DECIMALS_MAX = 4;

/** How amounts show on screen: the unit and fixed decimals from the settings. */
export interface AmountDisplay {
  unit: DisplayUnit;
  decimals: number;
}

/**
 * The units in words. English readers know neither 万 nor 亿, so the English names say the
 * multiple of the yuan: CNY 10k (万元), CNY 100m (亿元).
 */
export const UNIT_NAMES: Record<MoneyUnit, { zh: string; en: string }> = {
  元: { zh: '元', en: 'CNY' },
  万元: { zh: '万元', en: 'CNY 10k' },
  亿元: { zh: '亿元', en: 'CNY 100m' },
};

/** 亩, the land unit, and its English name. */
export const MU_NAME = { zh: '亩', en: 'mu' } as const;

export function unitName(unit: MoneyUnit, lang: 'zh' | 'en'): string {
  return UNIT_NAMES[unit][lang];
}

/** An amount on screen: the chosen unit, fixed decimals, thousands separators ("1,390,000.00"). */
export function formatDisplayAmount(yuan: number, display: AmountDisplay): string {
  return formatAmount(yuan, display.unit, { decimals: display.decimals, grouping: true });
}

/** Converts integer 元 to a number in the unit for charts and spreadsheet cells (display only). */
export function yuanToUnitNumber(yuan: number, unit: MoneyUnit): number {
  return Number(formatAmount(yuan, unit, { decimals: UNIT_OF_DISPLAY[unit] }));
}

/** Chinese and English wording of a failed parse, for row messages and inline refusals. */
export function describeAmountFailure(result: Extract<ParsedAmount, { ok: false }>): { zh: string; en: string } {
  switch (result.reason) {
    case 'empty':
      return { zh: '金额为空', en: 'the amount is empty' };
    case 'negative':
      return { zh: `金额不能为负数：「${result.text}」`, en: `the amount cannot be negative: "${result.text}"` };
    case 'too_large':
      return { zh: `金额过大：「${result.text}」`, en: `the amount is too large: "${result.text}"` };
    default:
      return {
        zh: `「${result.text}」不是金额，请填写如 139亿、5000万元、1,200万元`,
        en: `"${result.text}" is not an amount; write a number such as 1,200.5`,
      };
  }
}
