import { describe, expect, it } from 'vitest';
import { parseAmount, parseHeaderUnit } from '../../shared/domain/money';
import { projectLight, withOverdueProblems } from '../../shared/domain/lights';
import { isActiveStage } from '../../shared/domain/stage';

const settings = { warningDays: 15, agingYellowMonths: 2, agingRedMonths: 3 };

describe('found while testing the domain', () => {
  it('names the most urgent yellow node, not the first', () => {
    const light = projectLight(
      {
        nodes: [
          { id: 1, name: '立项备案', plannedEnd: '2024-05-20', actualStart: null, actualEnd: null, percent: 0 },
          { id: 2, name: '开工', plannedEnd: '2024-05-10', actualStart: null, actualEnd: null, percent: 0 },
        ],
        lastProgressMonth: null,
        active: true,
      },
      '2024-05-10',
      settings,
    );
    expect(light.reason).toBe('今天到期：开工');
  });

  it('reads short and decorated header units: （亿）, （万）, /万元, （万元以上）', () => {
    expect(parseHeaderUnit('总投资（亿）')).toBe('亿元');
    expect(parseHeaderUnit('总投资（万）')).toBe('万元');
    expect(parseHeaderUnit('投资额/万元')).toBe('万元');
    expect(parseHeaderUnit('计划总投资（万元以上）')).toBe('万元');
    expect(parseHeaderUnit('项目名称')).toBeUndefined();
    const unit = parseHeaderUnit('总投资（亿）');
    expect(parseAmount('139', unit)).toEqual({ ok: true, yuan: 13_900_000_000, warnings: [] });
  });

  it('counts an overdue 卡点 from the oldest broken promise', () => {
    const light = withOverdueProblems(
      { status: '进行中', color: 'blue' },
      [
        { nodeId: 1, text: '电力接入待定', promisedOn: '2024-05-07' },
        { nodeId: 1, text: '土地指标未落实', promisedOn: '2024-04-01' },
      ],
      '2024-05-10',
    );
    expect(light).toMatchObject({ color: 'red', daysLate: 39, reason: '卡点逾期：土地指标未落实' });
  });

  it('calls a huge spreadsheet number too large, and a tiny one an amount', () => {
    expect(parseAmount(1e21)).toMatchObject({ ok: false, reason: 'too_large' });
    expect(parseAmount(5e-7, '亿元')).toEqual({ ok: true, yuan: 50, warnings: [] });
  });

  it('does not age projects marked 停滞 or 终止 by hand', () => {
    expect(isActiveStage('停滞')).toBe(false);
    expect(isActiveStage('终止')).toBe(false);
    expect(isActiveStage('在建')).toBe(true);
  });
});
