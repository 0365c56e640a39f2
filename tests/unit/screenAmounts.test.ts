/**
 * Amounts on screen as a clerk reads them: the settings' unit (万元 by default) and decimals,
 * thousands separators, 未填 for an unknown amount; an edited amount never loses a digit; the
 * words the app makes up (units, stages, size bands, months, history sentences) in English.
 */
import { describe, expect, it } from 'vitest';
import { formatDisplayAmount, parseAmount, unitName, type AmountDisplay } from '../../shared/domain/money';
import { displayKnownAmount } from '../../shared/domain/unknownAmounts';
import { DEFAULT_SETTINGS } from '../../shared/domain/types';
import { settingsSchema } from '../../shared/schemas';
import { amountEditText } from '../../renderer/src/common/fieldInput';
import { currentNodeText, rollupKeyText, tagsText } from '../../renderer/src/common/domainText';
import { monthOfYearText, monthSpan } from '../../renderer/src/common/monthSpan';
import { auditText } from '../../renderer/src/project/historyText';
import { SIZE_BANDS } from '../../shared/domain/rollup';

const WAN_2: AmountDisplay = { unit: '万元', decimals: 2 };

describe('the screen unit by default', () => {
  it('is 万元 with two decimals, as every report prints amounts', () => {
    expect([DEFAULT_SETTINGS.displayUnit, DEFAULT_SETTINGS.displayDecimals]).toEqual(['万元', 2]);
  });

  it('accepts 0 to 4 decimals, nothing else', () => {
    for (const decimals of [0, 1, 2, 3, 4]) expect(settingsSchema.partial().safeParse({ displayDecimals: decimals }).success).toBe(true);
    for (const decimals of [-1, 5, 1.5]) expect(settingsSchema.partial().safeParse({ displayDecimals: decimals }).success).toBe(false);
  });
});

describe('formatDisplayAmount', () => {
  it('shows 139亿元 as 1,390,000.00 万元, or 139.00 亿元', () => {
    expect(formatDisplayAmount(13_900_000_000, WAN_2)).toBe('1,390,000.00');
    expect(formatDisplayAmount(13_900_000_000, { unit: '亿元', decimals: 2 })).toBe('139.00');
  });

  it('keeps the chosen decimals fixed, rounding half up on the 元 (0.8648亿 no longer shows four places)', () => {
    expect(formatDisplayAmount(86_480_000, WAN_2)).toBe('8,648.00');
    expect(formatDisplayAmount(86_480_000, { unit: '亿元', decimals: 2 })).toBe('0.86');
    expect(formatDisplayAmount(38_300_000, { unit: '亿元', decimals: 2 })).toBe('0.38');
    expect(formatDisplayAmount(123_456_789, { unit: '万元', decimals: 0 })).toBe('12,346');
    expect(formatDisplayAmount(12_345, { unit: '万元', decimals: 4 })).toBe('1.2345');
    expect(formatDisplayAmount(5, { unit: '万元', decimals: 3 })).toBe('0.001');
    expect(formatDisplayAmount(4, { unit: '万元', decimals: 3 })).toBe('0.000');
  });

  it('reads 未填 / not given for an unknown amount, never 0', () => {
    expect(displayKnownAmount(null, WAN_2, 'zh')).toBe('未填');
    expect(displayKnownAmount(null, WAN_2, 'en')).toBe('not given');
    expect(displayKnownAmount(0, WAN_2, 'en')).toBe('0.00');
  });
});

describe('amountEditText: an amount as it is edited', () => {
  it('shows the screen decimals and every further digit, so saving it back changes nothing', () => {
    expect(amountEditText(13_900_000_000, WAN_2)).toBe('1,390,000.00');
    expect(amountEditText(123_456_789, WAN_2)).toBe('12,345.6789');
    expect(amountEditText(123_456_789, { unit: '亿元', decimals: 2 })).toBe('1.23456789');
    expect(amountEditText(100_000_000, { unit: '亿元', decimals: 0 })).toBe('1');
    expect(amountEditText(null, WAN_2)).toBe('');
  });

  it('reads back to the same 元 in either unit', () => {
    for (const yuan of [0, 7, 123_456_789, 13_900_000_000, 999_999_999_999]) {
      for (const display of [WAN_2, { unit: '亿元', decimals: 0 } as const, { unit: '万元', decimals: 4 } as const]) {
        const parsed = parseAmount(amountEditText(yuan, display), display.unit);
        expect(parsed.ok && parsed.yuan).toBe(yuan);
      }
    }
  });
});

describe('the app\'s words in English', () => {
  it('names the units so an English reader knows the multiple', () => {
    expect([unitName('万元', 'en'), unitName('亿元', 'en'), unitName('万元', 'zh')]).toEqual(['CNY 10k', 'CNY 100m', '万元']);
  });

  it('gives every rollup key the app makes up an English form, and leaves data as entered', () => {
    expect(rollupKeyText('stage', '在建', true)).toBe('Under construction');
    expect(rollupKeyText('year', '2023年', true)).toBe('2023');
    expect(rollupKeyText('year', '未签约', true)).toBe('Not signed');
    expect(rollupKeyText('chain', '未填', true)).toBe('not given');
    expect(rollupKeyText('chain', '新能源', true)).toBe('新能源');
    expect(rollupKeyText('stage', '在建', false)).toBe('在建');
    for (const band of SIZE_BANDS) expect(rollupKeyText('size', band.label, true)).not.toMatch(/\p{Script=Han}/u);
  });

  it('says months, tags and 全部完成 in English', () => {
    expect([monthSpan(11, false), monthSpan(11, true), monthSpan(1, true)]).toEqual(['1–11月', 'Jan–Nov', 'Jan']);
    expect([monthOfYearText('2026-11', false), monthOfYearText('2026-11', true), monthOfYearText('2027-01', true)]).toEqual(['2026年11月', 'Nov 2026', 'Jan 2027']);
    expect(tagsText(['链主', '外资'], true)).toBe('链主, 外资');
    expect(currentNodeText('全部完成', true)).toBe('All done');
    expect(currentNodeText('开工', true)).toBe('开工');
  });

  it('reads the history sentences the service stores, keeping the names in them', () => {
    expect(auditText('新建：NTH-1 卫蓝项目', true)).toBe('created: NTH-1 卫蓝项目');
    expect(auditText('9个节点', true)).toBe('9 nodes');
    expect(auditText('按模板「标准产业项目」自 2026-01-05 生成', true)).toBe('from template "标准产业项目" starting 2026-01-05');
    expect(auditText('按模板「标准」自 2026-01-05（由签约日期定）批量生成 9 个节点（批量操作 #3）', true))
      .toBe('9 nodes from template "标准" starting 2026-01-05 (the signing date), batch operation #3');
    expect(auditText('撤销导入批次 4：已删除', true)).toBe('import batch 4 undone: deleted');
    expect(auditText('新建：NTH-1 卫蓝项目', false)).toBe('新建：NTH-1 卫蓝项目');
  });
});
