import { describe, expect, it } from 'vitest';
import { STANDARD_TEMPLATE, planFromTemplate } from '../../shared/domain/templates';

describe('planFromTemplate with the standard template', () => {
  const plan = planFromTemplate(STANDARD_TEMPLATE.steps, '2023-03-01');

  it('gives the nine standard nodes from 签约 to 达产', () => {
    expect(plan).toHaveLength(9);
    expect(plan.map((n) => n.name)).toEqual(['签约', '供地', '立项备案', '施工许可', '开工', '结顶', '竣工', '投产', '达产']);
    expect(plan.map((n) => n.seq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('starts with 签约 on the signing date itself', () => {
    expect(plan[0]).toEqual({ seq: 1, name: '签约', milestone: true, plannedStart: '2023-03-01', plannedEnd: '2023-03-01' });
  });

  it('ends with 达产', () => {
    expect(plan.at(-1)).toEqual({ seq: 9, name: '达产', milestone: true, plannedStart: '2024-10-23', plannedEnd: '2025-10-23' });
  });

  it('gives the calendar dates of every node', () => {
    expect(plan.map((n) => [n.name, n.plannedStart, n.plannedEnd])).toEqual([
      ['签约', '2023-03-01', '2023-03-01'],
      ['供地', '2023-03-02', '2023-05-31'],
      ['立项备案', '2023-03-31', '2023-05-15'],
      ['施工许可', '2023-05-31', '2023-07-30'],
      ['开工', '2023-07-30', '2023-07-30'],
      ['结顶', '2023-07-31', '2024-03-27'],
      ['竣工', '2024-03-27', '2024-08-24'],
      ['投产', '2024-08-24', '2024-10-23'],
      ['达产', '2024-10-23', '2025-10-23'],
    ]);
  });

  it('has planned starts strictly increasing and no node ending before it starts', () => {
    for (let i = 1; i < plan.length; i++) {
      expect(plan[i]!.plannedStart > plan[i - 1]!.plannedStart).toBe(true);
    }
    for (const n of plan) expect(n.plannedEnd >= n.plannedStart).toBe(true);
  });

  it('flags exactly 签约, 开工, 竣工, 投产 and 达产 as milestones', () => {
    expect(plan.filter((n) => n.milestone).map((n) => n.name)).toEqual(['签约', '开工', '竣工', '投产', '达产']);
  });

  it('plans 签约 and 开工 as single days, and each later stage to start when the one before it ends', () => {
    const byName = new Map(plan.map((n) => [n.name, n]));
    expect(byName.get('签约')!.plannedEnd).toBe(byName.get('签约')!.plannedStart);
    expect(byName.get('开工')!.plannedEnd).toBe(byName.get('开工')!.plannedStart);
    expect(byName.get('开工')!.plannedStart).toBe(byName.get('施工许可')!.plannedEnd);
    expect(byName.get('竣工')!.plannedStart).toBe(byName.get('结顶')!.plannedEnd);
    expect(byName.get('投产')!.plannedStart).toBe(byName.get('竣工')!.plannedEnd);
    expect(byName.get('达产')!.plannedStart).toBe(byName.get('投产')!.plannedEnd);
  });

  it('moves every date with the signing date, across a leap day', () => {
    const later = planFromTemplate(STANDARD_TEMPLATE.steps, '2024-02-28');
    expect(later[0]!.plannedStart).toBe('2024-02-28');
    expect(later[1]!.plannedStart).toBe('2024-02-29');
    expect(later[4]!.plannedStart).toBe('2024-07-28');
  });

  it('does not change the template it reads', () => {
    const before = JSON.stringify(STANDARD_TEMPLATE);
    planFromTemplate(STANDARD_TEMPLATE.steps, '2030-01-01');
    expect(JSON.stringify(STANDARD_TEMPLATE)).toBe(before);
  });
});
