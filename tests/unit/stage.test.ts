import { describe, expect, it } from 'vitest';
import { deriveStage, isActiveStage } from '../../shared/domain/stage';

type StageNode = { name: string; actualEnd: string | null };

/** The standard nine nodes, with the names given done on a date. */
function schedule(done: Record<string, string | null> = {}): StageNode[] {
  return ['签约', '供地', '立项备案', '施工许可', '开工', '结顶', '竣工', '投产', '达产'].map((name) => ({
    name,
    actualEnd: done[name] ?? null,
  }));
}

describe('deriveStage', () => {
  it('is 在谈 when no milestone is done', () => {
    expect(deriveStage(schedule(), null)).toBe('在谈');
    expect(deriveStage([], null)).toBe('在谈');
  });

  it('is 已签约 once 签约 is done', () => {
    expect(deriveStage(schedule({ 签约: '2022-11-22' }), null)).toBe('已签约');
  });

  it('is 在建 once 开工 is done', () => {
    expect(deriveStage(schedule({ 签约: '2022-11-22', 开工: '2023-04-01' }), null)).toBe('在建');
  });

  it('is 已竣工 once 竣工 is done', () => {
    expect(deriveStage(schedule({ 签约: '2022-11-22', 开工: '2023-04-01', 竣工: '2024-06-30' }), null)).toBe('已竣工');
  });

  it('is 已投产 once 投产 is done', () => {
    expect(deriveStage(schedule({ 签约: '2022-11-22', 开工: '2023-04-01', 竣工: '2024-06-30', 投产: '2024-09-01' }), null)).toBe('已投产');
  });

  it('is 已达产 once 达产 is done', () => {
    const nodes = schedule({ 签约: '2022-11-22', 开工: '2023-04-01', 竣工: '2024-06-30', 投产: '2024-09-01', 达产: '2025-09-01' });
    expect(deriveStage(nodes, null)).toBe('已达产');
  });

  it('follows the latest done milestone even when an earlier one has no date', () => {
    expect(deriveStage(schedule({ 开工: '2023-04-01' }), null)).toBe('在建');
    expect(deriveStage(schedule({ 投产: '2024-09-01' }), null)).toBe('已投产');
  });

  it('does not depend on the order of the nodes', () => {
    const nodes = schedule({ 签约: '2022-11-22', 开工: '2023-04-01', 竣工: '2024-06-30' }).reverse();
    expect(deriveStage(nodes, null)).toBe('已竣工');
  });

  it('is not moved by non-milestone nodes such as 供地', () => {
    expect(deriveStage(schedule({ 供地: '2023-01-10' }), null)).toBe('在谈');
    expect(deriveStage(schedule({ 签约: '2022-11-22', 供地: '2023-01-10', 施工许可: '2023-03-01', 结顶: '2023-12-01' }), null)).toBe('已签约');
  });

  it('lets a stage set by hand to 停滞 or 终止 win', () => {
    const nodes = schedule({ 签约: '2022-11-22', 开工: '2023-04-01' });
    expect(deriveStage(nodes, '停滞')).toBe('停滞');
    expect(deriveStage(nodes, '终止')).toBe('终止');
    expect(deriveStage(schedule(), '终止')).toBe('终止');
  });
});

describe('isActiveStage', () => {
  it('treats projects under way as active', () => {
    expect(isActiveStage('已签约')).toBe(true);
    expect(isActiveStage('在建')).toBe(true);
    expect(isActiveStage('已竣工')).toBe(true);
    expect(isActiveStage('已投产')).toBe(true);
  });

  it('does not age projects at full output, terminated, or still in negotiation', () => {
    expect(isActiveStage('已达产')).toBe(false);
    expect(isActiveStage('终止')).toBe(false);
    expect(isActiveStage('在谈')).toBe(false);
  });
});
