import { describe, expect, it } from 'vitest';
import { formatAmount } from '../../shared/domain/money';
import { SIZE_BANDS, rollupBy, rollupKey, sizeBand, type RollupProject } from '../../shared/domain/rollup';

const YI = 100_000_000;

function p(fields: Partial<RollupProject> = {}): RollupProject {
  return {
    chain: '新能源',
    area: '湖州科技城',
    stage: '在建',
    level: '市重点',
    signedOn: '2023-01-01',
    totalInvestment: 0,
    annualPlan: 0,
    completedYtd: 0,
    ...fields,
  };
}

const 卫蓝 = p({ chain: '新能源', area: '湖州科技城', signedOn: '2023-06-18', totalInvestment: 13_900_000_000, annualPlan: 2_000_000_000, completedYtd: 1_500_000_000 });
const 半导体产业园 = p({ chain: '半导体', area: '西塞科学谷', signedOn: '2022-11-22', totalInvestment: 9_485_000_000, annualPlan: 1_000_000_000, completedYtd: 250_000_000 });
const 特瑞思 = p({ chain: '生物医药', area: '南太湖生物医药产业园', stage: '已投产', signedOn: '2021-06-10', totalInvestment: 1_750_000_000, annualPlan: 0, completedYtd: 0 });

describe('rollupBy: exact sums', () => {
  const table = rollupBy([卫蓝, 半导体产业园, 特瑞思], 'chain');

  it('adds 139亿 + 94.85亿 + 17.5亿 to exactly 251.35亿 in 元', () => {
    expect(table.total.totalInvestment).toBe(25_135_000_000);
    expect(formatAmount(table.total.totalInvestment, '亿元')).toBe('251.35');
  });

  it('counts the projects', () => {
    expect(table.total.count).toBe(3);
    expect(table.rows.map((r) => [r.key, r.count])).toEqual([
      ['新能源', 1],
      ['半导体', 1],
      ['生物医药', 1],
    ]);
  });

  it('orders rows by 总投资, largest first, and puts the total apart', () => {
    expect(table.rows.map((r) => r.totalInvestment)).toEqual([13_900_000_000, 9_485_000_000, 1_750_000_000]);
    expect(table.total.key).toBe('合计');
    expect(table.by).toBe('chain');
  });

  it('gives shares that add up to 1', () => {
    const sum = table.rows.reduce((s, r) => s + r.share, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    expect(table.rows[0]!.share).toBeCloseTo(139 / 251.35, 12);
    expect(table.total.share).toBe(1);
  });

  it('sums annual plan and completed investment, with a completion rate', () => {
    expect(table.total.annualPlan).toBe(3_000_000_000);
    expect(table.total.completedYtd).toBe(1_750_000_000);
    expect(table.total.completionRate).toBeCloseTo(1_750 / 3_000, 12);
    const byKey = new Map(table.rows.map((r) => [r.key, r]));
    expect(byKey.get('新能源')!.completionRate).toBe(0.75);
    expect(byKey.get('半导体')!.completionRate).toBe(0.25);
  });

  it('gives no completion rate where there is no annual plan', () => {
    expect(table.rows.find((r) => r.key === '生物医药')!.completionRate).toBeNull();
  });

  it('groups several projects into one row with exact sums', () => {
    const grouped = rollupBy(
      [
        p({ chain: '新能源', totalInvestment: 10_000_001, annualPlan: 3, completedYtd: 1 }),
        p({ chain: '新能源', totalInvestment: 20_000_002, annualPlan: 3, completedYtd: 2 }),
        p({ chain: '半导体', totalInvestment: 30_000_003 }),
      ],
      'chain',
    );
    const energy = grouped.rows.find((r) => r.key === '新能源')!;
    expect(energy).toMatchObject({ count: 2, totalInvestment: 30_000_003, annualPlan: 6, completedYtd: 3, completionRate: 0.5 });
    expect(energy.share).toBe(0.5);
    expect(grouped.total.totalInvestment).toBe(60_000_006);
  });

  it('stays exact where decimal 亿 would not (0.1亿 + 0.2亿)', () => {
    const t = rollupBy([p({ totalInvestment: 10_000_000 }), p({ totalInvestment: 20_000_000 })], 'chain');
    expect(t.total.totalInvestment).toBe(30_000_000);
    expect(formatAmount(t.total.totalInvestment, '亿元', { decimals: 8 })).toBe('0.30000000');
  });

  it('labels projects without a value as 未填', () => {
    const t = rollupBy([p({ area: '', totalInvestment: 5 })], 'area');
    expect(t.rows.map((r) => r.key)).toEqual(['未填']);
  });

  it('gives an empty table for no projects, with zero shares and no rate', () => {
    const t = rollupBy([], 'chain');
    expect(t.rows).toEqual([]);
    expect(t.total).toMatchObject({ count: 0, totalInvestment: 0, share: 0, completionRate: null });
  });

  it('refuses a sum that would lose a 元 rather than round it', () => {
    const huge = Array.from({ length: 91 }, () => p({ totalInvestment: 100_000_000_000_000 }));
    expect(() => rollupBy(huge, 'chain')).toThrow(RangeError);
  });
});

describe('rollupBy stage, level and area', () => {
  it('groups by stage and by level', () => {
    const projects = [卫蓝, 半导体产业园, 特瑞思];
    expect(rollupBy(projects, 'stage').rows.map((r) => [r.key, r.count])).toEqual([
      ['在建', 2],
      ['已投产', 1],
    ]);
    expect(rollupBy(projects, 'level').rows).toHaveLength(1);
    expect(rollupBy(projects, 'area').rows.map((r) => r.key)).toEqual(['湖州科技城', '西塞科学谷', '南太湖生物医药产业园']);
  });
});

describe('rollupBy year', () => {
  it('keys rows by signing year like "2023年", and 未签约 without a date', () => {
    expect(rollupKey(卫蓝, 'year')).toBe('2023年');
    expect(rollupKey(p({ signedOn: null }), 'year')).toBe('未签约');
  });

  it('orders years ascending with 未签约 last', () => {
    const t = rollupBy(
      [p({ signedOn: null }), 卫蓝, 半导体产业园, 特瑞思, p({ signedOn: '2024-01-01' }), p({ signedOn: '2022-01-03' })],
      'year',
    );
    expect(t.rows.map((r) => [r.key, r.count])).toEqual([
      ['2021年', 1],
      ['2022年', 2],
      ['2023年', 1],
      ['2024年', 1],
      ['未签约', 1],
    ]);
  });

  it('reproduces the 2022-11-22 投洽会: 30 projects signed, 总投资 319.5亿元', () => {
    // Uneven amounts, several not whole 万元, that add up to 31950000000 元.
    const amounts = [
      525_172_013, 927_020_000, 1_333_230_000, 1_307_694_842, 743_450_000, 359_320_000, 664_870_000, 574_870_000,
      1_344_110_000, 744_670_000, 1_112_713_612, 1_460_060_000, 756_670_000, 1_496_640_000, 1_301_480_000,
      1_350_320_000, 592_210_000, 1_116_958_413, 315_340_000, 1_450_405_565, 282_480_000, 1_301_892_494, 256_680_000,
      1_474_700_000, 1_081_050_000, 398_381_429, 1_099_090_000, 1_060_150_000, 760_100_000, 4_758_271_632,
    ];
    expect(amounts).toHaveLength(30);
    expect(amounts.reduce((s, a) => s + BigInt(a), 0n)).toBe(31_950_000_000n);

    const fair = amounts.map((totalInvestment, i) =>
      p({ signedOn: '2022-11-22', totalInvestment, chain: ['新能源', '半导体', '生物医药'][i % 3]! }),
    );
    const others = [卫蓝, 特瑞思, p({ signedOn: null, totalInvestment: 7_000_000_000 })];
    const t = rollupBy([...others.slice(0, 1), ...fair, ...others.slice(1)], 'year');
    const row2022 = t.rows.find((r) => r.key === '2022年')!;
    expect(row2022.count).toBe(30);
    expect(row2022.totalInvestment).toBe(31_950_000_000);
    expect(formatAmount(row2022.totalInvestment, '亿元', { withUnit: true })).toBe('319.50亿元');
    expect(t.total.count).toBe(33);
    expect(t.total.totalInvestment).toBe(31_950_000_000 + 13_900_000_000 + 1_750_000_000 + 7_000_000_000);
  });
});

describe('size bands', () => {
  it('has the five bands of DESIGN, largest first', () => {
    expect(SIZE_BANDS.map((b) => b.label)).toEqual(['≥100亿', '50–100亿', '10–50亿', '3–10亿', '<3亿']);
  });

  it('puts each boundary amount in the band it opens', () => {
    expect(sizeBand(10_000_000_000)).toBe('≥100亿');
    expect(sizeBand(9_999_999_999)).toBe('50–100亿');
    expect(sizeBand(5_000_000_000)).toBe('50–100亿');
    expect(sizeBand(4_999_999_999)).toBe('10–50亿');
    expect(sizeBand(1_000_000_000)).toBe('10–50亿');
    expect(sizeBand(999_999_999)).toBe('3–10亿');
    expect(sizeBand(300_000_000)).toBe('3–10亿');
    expect(sizeBand(299_999_999)).toBe('<3亿');
    expect(sizeBand(0)).toBe('<3亿');
  });

  it('places the register examples', () => {
    expect(sizeBand(13_900_000_000)).toBe('≥100亿');
    expect(sizeBand(9_485_000_000)).toBe('50–100亿');
    expect(sizeBand(1_750_000_000)).toBe('10–50亿');
    expect(sizeBand(120_000_000)).toBe('<3亿');
  });

  it('orders size rows largest band first, whatever the amounts in each', () => {
    const t = rollupBy(
      [
        p({ totalInvestment: 299_999_999 }),
        p({ totalInvestment: 299_999_999 }),
        p({ totalInvestment: 299_999_999 }),
        p({ totalInvestment: 3 * YI }),
        p({ totalInvestment: 9_999_999_999 }),
        p({ totalInvestment: 100 * YI }),
        p({ totalInvestment: 10 * YI }),
      ],
      'size',
    );
    expect(t.rows.map((r) => [r.key, r.count, r.totalInvestment])).toEqual([
      ['≥100亿', 1, 10_000_000_000],
      ['50–100亿', 1, 9_999_999_999],
      ['10–50亿', 1, 1_000_000_000],
      ['3–10亿', 1, 300_000_000],
      ['<3亿', 3, 899_999_997],
    ]);
  });

  it('leaves out bands with no project', () => {
    const t = rollupBy([p({ totalInvestment: 100 * YI }), p({ totalInvestment: 1 })], 'size');
    expect(t.rows.map((r) => r.key)).toEqual(['≥100亿', '<3亿']);
  });
});
