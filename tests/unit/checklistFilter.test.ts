/**
 * The register's checklist filter, apart from its UI: the values it keeps, blanks as (空白), the
 * order values are offered in, and layouts saved before it (a text filter such as 级别 = 省重大)
 * still filtering as they did.
 */
import { describe, expect, it } from 'vitest';
import { checklistEntries, checklistKey, checklistModel, checklistTest, type ColumnFilterModel } from '../../renderer/src/register/checklistModel';

describe('checklist filter model', () => {
  it('keeps exactly the values ticked, a blank cell being the value (空白)', () => {
    const keeps = checklistTest(checklistModel(['新能源', '']));
    expect(keeps(checklistKey('新能源'))).toBe(true);
    expect(keeps(checklistKey(null))).toBe(true);
    expect(keeps(checklistKey(undefined))).toBe(true);
    expect(keeps(checklistKey('新材料'))).toBe(false);
    // Nothing ticked keeps nothing; no model keeps everything.
    expect(checklistTest(checklistModel([]))('新能源')).toBe(false);
    expect(checklistTest(null)('anything')).toBe(true);
  });

  it('still applies a text filter saved in an older layout', () => {
    const equals: ColumnFilterModel = { filterType: 'text', type: 'equals', filter: '省重大' };
    expect(checklistTest(equals)('省重大')).toBe(true);
    expect(checklistTest(equals)('市重点')).toBe(false);
    const contains: ColumnFilterModel = { filterType: 'text', type: 'contains', filter: '街道' };
    expect(checklistTest(contains)('杨家埠街道')).toBe(true);
    expect(checklistTest(contains)('吴兴高新区')).toBe(false);
    const either: ColumnFilterModel = { filterType: 'text', operator: 'OR', conditions: [{ type: 'equals', filter: '省重大' }, { type: 'blank' }] };
    expect(['省重大', '', '市重点'].map(checklistTest(either))).toEqual([true, true, false]);
  });

  it('offers values in the code list order, then the most frequent, blanks last, and keeps a ticked value with no rows', () => {
    const counts = new Map([['市重点', 20], ['', 2], ['一般', 5], ['省重大', 9], ['自定义', 5], ['其他', 7]]);
    const entries = checklistEntries(counts, ['区重点'], ['省重大', '市重点', '区重点']);
    expect(entries).toEqual([
      { key: '省重大', count: 9 },
      { key: '市重点', count: 20 },
      { key: '区重点', count: 0 },
      { key: '其他', count: 7 },
      { key: '一般', count: 5 },
      { key: '自定义', count: 5 },
      { key: '', count: 2 },
    ]);
  });

  it('reads a tag list as the cell shows it', () => {
    expect(checklistKey(['链主型', '示例'])).toBe('链主型、示例');
    expect(checklistKey(12)).toBe('12');
  });
});
