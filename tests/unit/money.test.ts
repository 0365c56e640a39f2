import { seededRandom } from '../../shared/domain/random';
import { describe, expect, it } from 'vitest';
import {
  MAX_AMOUNT_YUAN,
  describeAmountFailure,
  formatAmount,
  parseAmount,
  parseHeaderUnit,
  type ParsedAmount,
} from '../../shared/domain/money';

function expectYuan(result: ParsedAmount, yuan: number, warnings: string[] = []): void {
  expect(result).toEqual({ ok: true, yuan, warnings });
}

function expectFailure(text: string, reason: 'empty' | 'not_amount' | 'negative' | 'too_large') {
  const result = parseAmount(text);
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error(`expected "${text}" to be refused, got ${result.yuan}`);
  expect(result.reason).toBe(reason);
  expect(result.text).toBe(text);
  return describeAmountFailure(result);
}

/** Fixed-seed 32-bit integers (mulberry32) so every run checks the same values. */
function seeded(seed: number): () => number {
  const next = seededRandom(seed);
  return () => next() * 4294967296;
}

describe('parseAmount: the amounts in DESIGN', () => {
  it('reads "139亿" as 139亿元', () => {
    expectYuan(parseAmount('139亿'), 13_900_000_000);
  });

  it('reads "94.85亿元" exactly', () => {
    expectYuan(parseAmount('94.85亿元'), 9_485_000_000);
  });

  it('reads "5000万" as 5000万元', () => {
    expectYuan(parseAmount('5000万'), 50_000_000);
  });

  it('reads "1,200万元" with a thousands separator', () => {
    expectYuan(parseAmount('1,200万元'), 12_000_000);
  });

  it('reads "约70亿元" and flags it approximate', () => {
    expectYuan(parseAmount('约70亿元'), 7_000_000_000, ['approximate']);
  });

  it('reads "1.2 亿" with a space before the unit', () => {
    expectYuan(parseAmount('1.2 亿'), 120_000_000);
  });

  it('flags other approximate wordings', () => {
    expectYuan(parseAmount('70亿元左右'), 7_000_000_000, ['approximate']);
    expectYuan(parseAmount('超100亿'), 10_000_000_000, ['approximate']);
  });

  it('reads full-width digits "１３９亿" and full-width separators', () => {
    expectYuan(parseAmount('１３９亿'), 13_900_000_000);
    expectYuan(parseAmount('１，２００万元'), 12_000_000);
  });

  it('lets a unit written in the text win over the column unit', () => {
    expectYuan(parseAmount('139亿', '万元'), 13_900_000_000);
    expectYuan(parseAmount('5000万', '亿元'), 50_000_000);
  });

  it('reads a bare number as 元 when no unit is given', () => {
    expectYuan(parseAmount('2,000'), 2_000);
    expectYuan(parseAmount('0'), 0);
  });
});

describe('parseAmount: units from the column header', () => {
  it('finds 亿元 in "总投资（亿元）" and applies it to a bare "139"', () => {
    const unit = parseHeaderUnit('总投资（亿元）');
    expect(unit).toBe('亿元');
    expectYuan(parseAmount('139', unit), 13_900_000_000);
  });

  it('finds 万元 in "总投资（万元）" and applies it to a bare "5000"', () => {
    const unit = parseHeaderUnit('总投资（万元）');
    expect(unit).toBe('万元');
    expectYuan(parseAmount('5000', unit), 50_000_000);
  });

  it('finds the unit in "单位：万元" and half-width "总投资(亿元)"', () => {
    expect(parseHeaderUnit('单位：万元')).toBe('万元');
    expect(parseHeaderUnit('单位:亿元')).toBe('亿元');
    expect(parseHeaderUnit('总投资(亿元)')).toBe('亿元');
  });

  it('finds no unit in a header that has none', () => {
    expect(parseHeaderUnit('总投资')).toBeUndefined();
    expect(parseHeaderUnit('项目名称')).toBeUndefined();
  });
});

describe('parseAmount: numbers from spreadsheet cells', () => {
  it('reads the cell value 94.85 in 亿元 as exactly 9485000000 元', () => {
    // 94.85 * 1e8 in floating point is 9484999999.999998: the parse must not multiply floats.
    expectYuan(parseAmount(94.85, '亿元'), 9_485_000_000);
  });

  it('reads other cell values whose float products are inexact', () => {
    expectYuan(parseAmount(0.07, '亿元'), 7_000_000);
    expectYuan(parseAmount(1.15, '万元'), 11_500);
    expectYuan(parseAmount(139, '亿元'), 13_900_000_000);
  });

  it('refuses a non-finite cell value', () => {
    expect(parseAmount(Number.NaN).ok).toBe(false);
    expect(parseAmount(Number.POSITIVE_INFINITY).ok).toBe(false);
  });

  it('refuses a negative cell value', () => {
    const result = parseAmount(-5, '万元');
    expect(result).toMatchObject({ ok: false, reason: 'negative' });
  });

  it('treats null and undefined as empty', () => {
    expect(parseAmount(null)).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseAmount(undefined)).toMatchObject({ ok: false, reason: 'empty' });
  });
});

describe('parseAmount: digits beyond 1 元', () => {
  it('rounds "1.234567万" half up to 12346 元 and flags it', () => {
    expectYuan(parseAmount('1.234567万'), 12_346, ['rounded']);
  });

  it('rounds an exact half up', () => {
    expectYuan(parseAmount('1.23455万'), 12_346, ['rounded']);
    expectYuan(parseAmount('0.000000005亿'), 1, ['rounded']);
  });

  it('rounds down below half and flags it', () => {
    expectYuan(parseAmount('1.234549万'), 12_345, ['rounded']);
  });

  it('carries a rounding into the next digits', () => {
    expectYuan(parseAmount('0.999995万'), 10_000, ['rounded']);
  });

  it('does not flag trailing zeros as rounding', () => {
    expectYuan(parseAmount('1.23450000万'), 12_345);
  });

  it('keeps both flags on an approximate rounded amount', () => {
    expectYuan(parseAmount('约1.234567万'), 12_346, ['approximate', 'rounded']);
  });
});

describe('parseAmount: text that is not an amount is never a silent zero', () => {
  it('refuses "百亿级" and names it in the message', () => {
    const msg = expectFailure('百亿级', 'not_amount');
    expect(msg.zh).toContain('「百亿级」');
    expect(msg.zh).toContain('不是金额');
  });

  it('refuses "abc"', () => {
    expect(expectFailure('abc', 'not_amount').zh).toContain('「abc」');
  });

  it('refuses trailing rubbish "12亿元abc"', () => {
    expect(expectFailure('12亿元abc', 'not_amount').zh).toContain('「12亿元abc」');
  });

  it('refuses a misplaced thousands separator "1,20万"', () => {
    expect(expectFailure('1,20万', 'not_amount').zh).toContain('「1,20万」');
  });

  it('treats a dash "—" as empty, not as zero', () => {
    expect(expectFailure('—', 'empty').zh).toBe('金额为空');
  });

  it('treats "" and blanks as empty', () => {
    expect(expectFailure('', 'empty').zh).toBe('金额为空');
    expect(expectFailure('   ', 'empty').zh).toBe('金额为空');
  });

  it('refuses a negative "-5万" and names it', () => {
    const msg = expectFailure('-5万', 'negative');
    expect(msg.zh).toContain('负数');
    expect(msg.zh).toContain('「-5万」');
  });

  it('refuses a full-width negative "－5万"', () => {
    expect(expectFailure('－5万', 'negative').zh).toContain('「－5万」');
  });

  it('refuses a value too large and names it', () => {
    const msg = expectFailure('1000001亿', 'too_large');
    expect(msg.zh).toContain('过大');
    expect(msg.zh).toContain('「1000001亿」');
    expectFailure('99999999999999999', 'too_large');
  });

  it('accepts the largest allowed amount and refuses one 元 more', () => {
    expectYuan(parseAmount('100万亿'), MAX_AMOUNT_YUAN);
    expect(MAX_AMOUNT_YUAN).toBe(100_000_000_000_000);
    expectFailure('100000000000001', 'too_large');
  });
});

describe('formatAmount', () => {
  it('shows 13900000000 元 as "139.00" 亿元', () => {
    expect(formatAmount(13_900_000_000, '亿元')).toBe('139.00');
  });

  it('shows 9485000000 元 as "94.85" 亿元', () => {
    expect(formatAmount(9_485_000_000, '亿元')).toBe('94.85');
  });

  it('uses 亿元 with 2 decimals by default', () => {
    expect(formatAmount(9_485_000_000)).toBe('94.85');
  });

  it('rounds half up: 149999999 and 149500000 元 show "1.50", 149499999 shows "1.49"', () => {
    expect(formatAmount(149_999_999, '亿元')).toBe('1.50');
    expect(formatAmount(149_500_000, '亿元')).toBe('1.50');
    expect(formatAmount(149_499_999, '亿元')).toBe('1.49');
  });

  it('rounds up into a new integer digit', () => {
    expect(formatAmount(99_999_999_999, '亿元')).toBe('1000.00');
    expect(formatAmount(99_500_000, '亿元', { decimals: 0 })).toBe('1');
  });

  it('shows 万元 with grouping', () => {
    expect(formatAmount(123_456_789_012, '万元', { grouping: true })).toBe('12,345,678.90');
    expect(formatAmount(12_000_000, '万元', { grouping: true })).toBe('1,200.00');
    expect(formatAmount(9_990_000, '万元', { grouping: true })).toBe('999.00');
  });

  it('shows 元 without decimals by default', () => {
    expect(formatAmount(1_234_567, '元')).toBe('1234567');
    expect(formatAmount(1_234_567, '元', { grouping: true })).toBe('1,234,567');
  });

  it('shows zero', () => {
    expect(formatAmount(0, '亿元')).toBe('0.00');
    expect(formatAmount(0, '万元')).toBe('0.00');
    expect(formatAmount(0, '元')).toBe('0');
  });

  it('shows amounts below one unit with a leading zero', () => {
    expect(formatAmount(50_000_000, '亿元')).toBe('0.50');
    expect(formatAmount(1, '万元', { decimals: 4 })).toBe('0.0001');
  });

  it('appends the unit when asked', () => {
    expect(formatAmount(13_900_000_000, '亿元', { withUnit: true })).toBe('139.00亿元');
    expect(formatAmount(50_000_000, '万元', { withUnit: true, decimals: 0 })).toBe('5000万元');
    expect(formatAmount(1_200, '元', { withUnit: true, grouping: true })).toBe('1,200元');
  });

  it('shows a negative amount with a sign, but never "-0.00"', () => {
    expect(formatAmount(-149_999_999, '亿元')).toBe('-1.50');
    expect(formatAmount(-1, '亿元')).toBe('0.00');
  });
});

describe('exactness over many amounts', () => {
  const next = seeded(20221122);
  const values: number[] = [0, 1, 9, 10, 99_999_999, 100_000_000, MAX_AMOUNT_YUAN, MAX_AMOUNT_YUAN - 1];
  for (let i = 0; i < 4000; i++) {
    // Up to ~1e14 from two 32-bit draws, then cut to a random number of digits so every size is covered.
    const big = (next() % 23_283) * 2 ** 32 + next();
    const digits = 1 + (next() % 15);
    values.push(big % 10 ** digits);
  }

  it('uses values that are all exact integers within the limit', () => {
    expect(values.filter((y) => !Number.isSafeInteger(y) || y < 0 || y > MAX_AMOUNT_YUAN)).toEqual([]);
    // Every length from 1 to 15 digits is represented.
    expect(new Set(values.map((y) => String(y).length)).size).toBe(15);
    expect(new Set(values).size).toBeGreaterThan(3000);
  });

  it('reads back every amount written in 元', () => {
    const bad: number[] = [];
    for (const y of values) {
      const text = formatAmount(y, '元', { decimals: 0 });
      const back = parseAmount(text);
      if (text !== String(y) || !back.ok || back.yuan !== y || back.warnings.length > 0) bad.push(y);
    }
    expect(bad).toEqual([]);
  });

  it('reads back every amount written in 万元 with 4 decimals', () => {
    const bad: number[] = [];
    for (const y of values) {
      const text = formatAmount(y, '万元', { decimals: 4 });
      // Independent oracle: integer division and remainder of 10000.
      const expected = `${Math.floor(y / 10_000)}.${String(y % 10_000).padStart(4, '0')}`;
      const back = parseAmount(text, '万元');
      if (text !== expected || !back.ok || back.yuan !== y || back.warnings.length > 0) bad.push(y);
    }
    expect(bad).toEqual([]);
  });

  it('reads back every amount written in 亿元 with 8 decimals and grouping', () => {
    const bad: number[] = [];
    for (const y of values) {
      const text = formatAmount(y, '亿元', { decimals: 8, grouping: true, withUnit: true });
      const back = parseAmount(text);
      if (!back.ok || back.yuan !== y || back.warnings.length > 0) bad.push(y);
    }
    expect(bad).toEqual([]);
  });

  it('reads back spreadsheet numbers in 万元 exactly', () => {
    const bad: number[] = [];
    for (const y of values) {
      // What a cell holds when a sheet stores 万元 with 4 decimals.
      const cell = Number(formatAmount(y, '万元', { decimals: 4 }));
      const back = parseAmount(cell, '万元');
      if (!back.ok || back.yuan !== y) bad.push(y);
    }
    expect(bad).toEqual([]);
  });
});

describe('parseAmount: a remark after the amount (file import)', () => {
  const fromFile = (text: string, unit: 'WAN' | 'YI' | 'YUAN' = 'YUAN') => parseAmount(text, unit === 'WAN' ? '万元' : unit === 'YI' ? '亿元' : '元', { remark: true });

  it.each([
    ['109亿元（二期）', 10_900_000_000, '（二期）'],
    ['5000万元(含土地)', 50_000_000, '(含土地)'],
    ['12亿元，其中一期5亿', 1_200_000_000, '其中一期5亿'],
    ['3.5亿元；含配套', 350_000_000, '含配套'],
  ])('reads 「%s」 as %i 元 and hands back the remark 「%s」', (text, yuan, remark) => {
    expect(fromFile(text)).toEqual({ ok: true, yuan, warnings: ['remark'], remark });
  });

  it('keeps approximate wording flagged alongside the remark, and reads a bare number with a bracketed remark in the column unit', () => {
    expect(fromFile('约5000万元（含土地）')).toEqual({ ok: true, yuan: 50_000_000, warnings: ['approximate', 'remark'], remark: '（含土地）' });
    expect(fromFile('109（二期）', 'YI')).toEqual({ ok: true, yuan: 10_900_000_000, warnings: ['remark'], remark: '（二期）' });
  });

  it('refuses a remark where it is not clearly one, or where it names another currency', () => {
    for (const text of ['12亿元abc', '1200,其中一期', '5000万元（美元）', '5000万元(USD)', '109亿元（）', 'USD 5000万', '百亿级', '待定']) {
      expect(fromFile(text), text).toMatchObject({ ok: false, reason: 'not_amount' });
    }
  });

  it('refuses a remark unless asked: a typed field takes the amount alone', () => {
    expect(parseAmount('109亿元（二期）')).toMatchObject({ ok: false, reason: 'not_amount' });
  });
});

describe('parseAmount: scientific notation, exactly', () => {
  it('reads Excel’s narrow-column display 1.08E+06 under 万元 as 1080000 万元, and flags it', () => {
    expectYuan(parseAmount('1.08E+06', '万元'), 10_800_000_000, ['scientific']);
    expectYuan(parseAmount('1.2e8'), 120_000_000, ['scientific']);
    expectYuan(parseAmount('9.485E+01', '亿元'), 9_485_000_000, ['scientific']);
    expectYuan(parseAmount('1.5E-3', '万元'), 15, ['scientific']);
    expectYuan(parseAmount('1.23456E-1', '万元'), 1_235, ['scientific', 'rounded']);
  });

  it('refuses exponent forms that are not amounts', () => {
    expect(expectFailure('1,2E3', 'not_amount').zh).toContain('「1,2E3」');
    expect(parseAmount('E5').ok).toBe(false);
    expectFailure('1E+20', 'too_large');
    expectFailure('-1.2E3', 'negative');
  });

  it('reads every amount written in E notation back to the 元 (oracle: the digits moved by hand)', () => {
    const next = seeded(20261201);
    const bad: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const digits = String((next() % 23_283) * 2 ** 32 + next()).slice(0, 1 + (next() % 15)).replace(/^0+(?=\d)/, '');
      // d.ddddE+n, with n the digit count less one: exactly the integer `digits`.
      const text = `${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}E+${String(digits.length - 1).padStart(2, '0')}`;
      const back = parseAmount(text);
      if (!back.ok || back.yuan !== Number(digits) || String(back.yuan) !== digits) bad.push(text);
      // The same digits in 万元 with the exponent four lower give the same 元.
      const wan = parseAmount(`${digits[0]}${digits.length > 1 ? `.${digits.slice(1)}` : ''}e${digits.length - 5}`, '万元');
      if (!wan.ok || wan.yuan !== Number(digits)) bad.push(`${text} in 万元`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
