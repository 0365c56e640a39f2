import { describe, expect, it } from 'vitest';
import {
  nodeLight,
  projectLight,
  withOverdueProblems,
  worseLight,
  type OpenProblem,
  type ProjectLightInput,
} from '../../shared/domain/lights';
import type { NodeLight } from '../../shared/domain/types';
import { DEFAULT_SETTINGS } from '../../shared/domain/types';

const TODAY = '2024-05-10';
const WARN = 15;
const SETTINGS = { warningDays: 15, agingYellowMonths: 2, agingRedMonths: 3 };

type LightNode = ProjectLightInput['nodes'][number];

let nextId = 1;
function node(fields: Partial<LightNode> = {}): LightNode {
  return {
    id: nextId++,
    name: '施工许可',
    plannedEnd: null,
    actualStart: null,
    actualEnd: null,
    percent: 0,
    ...fields,
  };
}

function project(nodes: LightNode[], extra: Partial<ProjectLightInput> = {}): ProjectLightInput {
  return { nodes, lastProgressMonth: '2024-05', active: true, ...extra };
}

describe('nodeLight on the boundary days (warning window 15 days)', () => {
  it('uses a 15-day window by default', () => {
    expect(DEFAULT_SETTINGS.warningDays).toBe(15);
  });

  it('a node due today is 预警 yellow with 0 days left', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-10' }), TODAY, WARN)).toEqual({ status: '预警', color: 'yellow', daysLeft: 0 });
  });

  it('a node due yesterday is 逾期 red, 1 day late', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-09' }), TODAY, WARN)).toEqual({ status: '逾期', color: 'red', daysLate: 1 });
  });

  it('a node due yesterday is red even when work has started', () => {
    const light = nodeLight(node({ plannedEnd: '2024-05-09', actualStart: '2024-03-01', percent: 80 }), TODAY, WARN);
    expect(light).toEqual({ status: '逾期', color: 'red', daysLate: 1 });
  });

  it('counts days late across a month end', () => {
    expect(nodeLight(node({ plannedEnd: '2024-04-20' }), TODAY, WARN)).toMatchObject({ color: 'red', daysLate: 20 });
  });

  it('a node due in exactly 15 days is yellow', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-25' }), TODAY, WARN)).toEqual({ status: '预警', color: 'yellow', daysLeft: 15 });
  });

  it('a started node due in 16 days is 进行中 blue', () => {
    const light = nodeLight(node({ plannedEnd: '2024-05-26', actualStart: '2024-05-01' }), TODAY, WARN);
    expect(light).toEqual({ status: '进行中', color: 'blue' });
  });

  it('a node with some percent done counts as started', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-26', percent: 10 }), TODAY, WARN)).toMatchObject({ status: '进行中', color: 'blue' });
  });

  it('a node not started and due in 16 days is 未开始 grey', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-26' }), TODAY, WARN)).toEqual({ status: '未开始', color: 'grey' });
  });

  it('a node without a planned end is never late', () => {
    expect(nodeLight(node(), TODAY, WARN)).toEqual({ status: '未开始', color: 'grey' });
    expect(nodeLight(node({ actualStart: '2020-01-01' }), TODAY, WARN)).toEqual({ status: '进行中', color: 'blue' });
  });

  it('honours another warning window', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-26' }), TODAY, 16)).toMatchObject({ color: 'yellow', daysLeft: 16 });
    expect(nodeLight(node({ plannedEnd: '2024-05-11' }), TODAY, 0)).toMatchObject({ color: 'grey' });
  });

  it('a node done on its planned day is 完成 green', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-01', actualEnd: '2024-05-01' }), TODAY, WARN)).toEqual({ status: '完成', color: 'green' });
  });

  it('a node done early is green, even if its planned end is still ahead', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-12', actualEnd: '2024-05-08' }), TODAY, WARN)).toEqual({ status: '完成', color: 'green' });
  });

  it('a node done one day late is amber 完成滞后, 1 day', () => {
    expect(nodeLight(node({ plannedEnd: '2024-05-01', actualEnd: '2024-05-02' }), TODAY, WARN)).toEqual({
      status: '完成滞后',
      color: 'amber',
      daysLate: 1,
    });
  });

  it('counts a late finish across a year end', () => {
    expect(nodeLight(node({ plannedEnd: '2023-12-30', actualEnd: '2024-01-02' }), TODAY, WARN)).toMatchObject({
      color: 'amber',
      daysLate: 3,
    });
  });
});

describe('withOverdueProblems: a 卡点 past its promised date', () => {
  const overdue: OpenProblem = { nodeId: 1, text: '用地指标未落实', promisedOn: '2024-05-07' };

  it('turns a yellow node red with the reason and days past the promise', () => {
    const yellow: NodeLight = { status: '预警', color: 'yellow', daysLeft: 5 };
    expect(withOverdueProblems(yellow, [overdue], TODAY)).toEqual({
      status: '逾期',
      color: 'red',
      daysLate: 3,
      reason: '卡点逾期：用地指标未落实',
      reasonEn: 'problem overdue: 用地指标未落实',
    });
  });

  it('turns a blue and a grey node red', () => {
    for (const light of [{ status: '进行中', color: 'blue' }, { status: '未开始', color: 'grey' }] as NodeLight[]) {
      const result = withOverdueProblems(light, [overdue], TODAY);
      expect(result.color).toBe('red');
      expect(result.reason).toBe('卡点逾期：用地指标未落实');
    }
  });

  it('leaves a done node alone', () => {
    const green: NodeLight = { status: '完成', color: 'green' };
    const amber: NodeLight = { status: '完成滞后', color: 'amber', daysLate: 2 };
    expect(withOverdueProblems(green, [overdue], TODAY)).toEqual(green);
    expect(withOverdueProblems(amber, [overdue], TODAY)).toEqual(amber);
  });

  it('keeps a node already red for being late as it is', () => {
    const red: NodeLight = { status: '逾期', color: 'red', daysLate: 30 };
    expect(withOverdueProblems(red, [overdue], TODAY)).toEqual(red);
  });

  it('ignores a problem promised for today or later, or with no promised date', () => {
    const yellow: NodeLight = { status: '预警', color: 'yellow', daysLeft: 5 };
    expect(withOverdueProblems(yellow, [{ ...overdue, promisedOn: TODAY }], TODAY)).toEqual(yellow);
    expect(withOverdueProblems(yellow, [{ ...overdue, promisedOn: '2024-06-01' }], TODAY)).toEqual(yellow);
    expect(withOverdueProblems(yellow, [{ ...overdue, promisedOn: null }], TODAY)).toEqual(yellow);
    expect(withOverdueProblems(yellow, [], TODAY)).toEqual(yellow);
  });
});

describe('projectLight', () => {
  it('picks the worst node and names it: "逾期 N天：<node>"', () => {
    const input = project([
      node({ name: '签约', plannedEnd: '2024-01-01', actualEnd: '2024-01-01' }),
      node({ name: '供地', plannedEnd: '2024-05-03' }),
      node({ name: '立项备案', plannedEnd: '2024-05-15' }),
      node({ name: '开工', plannedEnd: '2024-09-01' }),
    ]);
    expect(projectLight(input, TODAY, SETTINGS)).toEqual({ color: 'red', label: '逾期', reason: '逾期 7天：供地', labelEn: 'Overdue', reasonEn: '7 days overdue: 供地' });
  });

  it('names the most-late red node, wherever it stands in the list', () => {
    const a = node({ name: '供地', plannedEnd: '2024-05-07' });
    const b = node({ name: '施工许可', plannedEnd: '2024-04-10' });
    const c = node({ name: '立项备案', plannedEnd: '2024-05-01' });
    expect(projectLight(project([a, b, c]), TODAY, SETTINGS).reason).toBe('逾期 30天：施工许可');
    expect(projectLight(project([b, a, c]), TODAY, SETTINGS).reason).toBe('逾期 30天：施工许可');
    expect(projectLight(project([c, a, b]), TODAY, SETTINGS).reason).toBe('逾期 30天：施工许可');
  });

  it('is yellow 预警 when the worst node is due soon', () => {
    const input = project([
      node({ name: '签约', plannedEnd: '2024-01-01', actualEnd: '2024-01-01' }),
      node({ name: '开工', plannedEnd: '2024-05-20' }),
    ]);
    expect(projectLight(input, TODAY, SETTINGS)).toEqual({ color: 'yellow', label: '预警', reason: '10天内到期：开工', labelEn: 'Warning', reasonEn: 'due in 10 days: 开工' });
  });

  it('says 今天到期 for a node due today, not 0天内到期', () => {
    const input = project([node({ name: '竣工', plannedEnd: TODAY })]);
    expect(projectLight(input, TODAY, SETTINGS)).toMatchObject({ color: 'yellow', reason: '今天到期：竣工', reasonEn: 'due today: 竣工' });
  });

  it('says "1 day" in English, not "1 days"', () => {
    expect(projectLight(project([node({ name: '供地', plannedEnd: '2024-05-09' })]), TODAY, SETTINGS).reasonEn).toBe('1 day overdue: 供地');
    expect(projectLight(project([node({ name: '开工', plannedEnd: '2024-05-11' })]), TODAY, SETTINGS).reasonEn).toBe('due in 1 day: 开工');
    expect(projectLight(project([node({ name: '供地', plannedEnd: '2024-03-01', actualEnd: '2024-03-02' })]), TODAY, SETTINGS).reasonEn).toBe('finished 1 day late: 供地');
  });

  it('is amber 完成滞后 when a node finished late and nothing is worse', () => {
    const input = project([node({ name: '供地', plannedEnd: '2024-03-01', actualEnd: '2024-03-05' })]);
    expect(projectLight(input, TODAY, SETTINGS)).toEqual({ color: 'amber', label: '完成滞后', reason: '完成滞后 4天：供地', labelEn: 'Finished late', reasonEn: 'finished 4 days late: 供地' });
  });

  it('prefers a late red node over a node only due soon', () => {
    const input = project([node({ name: '开工', plannedEnd: TODAY }), node({ name: '供地', plannedEnd: '2024-05-09' })]);
    expect(projectLight(input, TODAY, SETTINGS)).toMatchObject({ color: 'red', reason: '逾期 1天：供地' });
  });

  it('is green when every node is done on time', () => {
    const input = project([
      node({ name: '签约', plannedEnd: '2024-01-01', actualEnd: '2024-01-01' }),
      node({ name: '供地', plannedEnd: '2024-04-01', actualEnd: '2024-03-20' }),
    ]);
    expect(projectLight(input, TODAY, SETTINGS)).toEqual({ color: 'green', label: '正常', reason: '按计划推进', labelEn: 'On track', reasonEn: 'on schedule' });
  });

  it('turns red with the reason of an overdue 卡点 on one of its nodes', () => {
    const land = node({ name: '供地', plannedEnd: '2024-07-01', actualStart: '2024-02-01' });
    const input = project([land], {
      problems: [{ nodeId: land.id, text: '征迁未完成', promisedOn: '2024-04-30' }],
    });
    expect(projectLight(input, TODAY, SETTINGS)).toEqual({ color: 'red', label: '逾期', reason: '供地：卡点逾期：征迁未完成', labelEn: 'Overdue', reasonEn: '供地: problem overdue: 征迁未完成' });
  });

  it('does not apply a 卡点 to a node it is not attached to', () => {
    const land = node({ name: '供地', plannedEnd: '2024-07-01', actualStart: '2024-02-01' });
    const input = project([land], { problems: [{ nodeId: land.id + 1000, text: '征迁未完成', promisedOn: '2024-04-30' }] });
    expect(projectLight(input, TODAY, SETTINGS).color).not.toBe('red');
  });

  it('turns red with the reason of an overdue 卡点 of the whole project (no node), even with every node on time', () => {
    const input = project([node({ name: '签约', plannedEnd: '2024-01-01', actualEnd: '2024-01-01' })], {
      problems: [{ nodeId: null, text: '企业融资未落实', promisedOn: '2024-04-30' }],
    });
    expect(projectLight(input, TODAY, SETTINGS)).toEqual({ color: 'red', label: '逾期', reason: '卡点逾期 10天：企业融资未落实', labelEn: 'Overdue', reasonEn: 'problem 10 days overdue: 企业融资未落实' });
    // Not before its promise, not when the setting is off, and never on a terminated project.
    expect(projectLight({ ...input, problems: [{ nodeId: null, text: '企业融资未落实', promisedOn: TODAY }] }, TODAY, SETTINGS).color).toBe('green');
    expect(projectLight(input, TODAY, { ...SETTINGS, problemOverdueRed: false }).color).toBe('green');
    expect(projectLight({ ...input, terminated: true }, TODAY, SETTINGS).color).toBe('grey');
  });

  it('keeps a red of its own nodes and their reason over a whole-project 卡点', () => {
    const input = project([node({ name: '供地', plannedEnd: '2024-05-01' })], { problems: [{ nodeId: null, text: '企业融资未落实', promisedOn: '2024-04-30' }] });
    expect(projectLight(input, TODAY, SETTINGS).reason).toBe('逾期 9天：供地');
  });

  it('is grey when the project has no nodes', () => {
    expect(projectLight(project([]), TODAY, SETTINGS)).toEqual({ color: 'grey', label: '无节点', reason: '尚未排定节点', labelEn: 'No schedule', reasonEn: 'no nodes scheduled yet' });
  });
});

describe('projectLight aging: months without progress', () => {
  const onTrack = () => [node({ name: '签约', plannedEnd: '2024-01-01', actualEnd: '2024-01-01' })];

  it('is not aged with progress this month or last month', () => {
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2024-05' }), TODAY, SETTINGS).color).toBe('green');
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2024-04' }), TODAY, SETTINGS).color).toBe('green');
  });

  it('turns an active project yellow after 2 months without progress', () => {
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2024-03' }), TODAY, SETTINGS)).toEqual({
      color: 'yellow',
      label: '无进展',
      reason: '2个月无进展',
      labelEn: 'Idle',
      reasonEn: 'no progress for 2 months',
    });
  });

  it('turns an active project red after 3 months without progress', () => {
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2024-02' }), TODAY, SETTINGS)).toEqual({
      color: 'red',
      label: '无进展',
      reason: '3个月无进展',
      labelEn: 'Idle',
      reasonEn: 'no progress for 3 months',
    });
  });

  it('counts the months across a year end', () => {
    const light = projectLight(project(onTrack(), { lastProgressMonth: '2023-11' }), '2024-02-01', SETTINGS);
    expect(light).toMatchObject({ color: 'red', reason: '3个月无进展' });
  });

  it('does not age an inactive project', () => {
    const input = project(onTrack(), { lastProgressMonth: '2023-01', active: false });
    expect(projectLight(input, TODAY, SETTINGS).color).toBe('green');
  });

  it('ages a project without nodes', () => {
    expect(projectLight(project([], { lastProgressMonth: '2024-01' }), TODAY, SETTINGS)).toMatchObject({ color: 'red', reason: '4个月无进展' });
  });

  it('keeps a late node as the reason when the node is already red', () => {
    const input = project([node({ name: '供地', plannedEnd: '2024-05-03' })], { lastProgressMonth: '2024-01' });
    expect(projectLight(input, TODAY, SETTINGS)).toMatchObject({ color: 'red', reason: '逾期 7天：供地' });
  });

  it('lets aging red outrank a node that is only yellow', () => {
    const input = project([node({ name: '开工', plannedEnd: '2024-05-15' })], { lastProgressMonth: '2024-02' });
    expect(projectLight(input, TODAY, SETTINGS)).toMatchObject({ color: 'red', reason: '3个月无进展' });
  });

  it('follows other aging settings', () => {
    const settings = { warningDays: 15, agingYellowMonths: 4, agingRedMonths: 6 };
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2024-02' }), TODAY, settings).color).toBe('green');
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2024-01' }), TODAY, settings).color).toBe('yellow');
    expect(projectLight(project(onTrack(), { lastProgressMonth: '2023-11' }), TODAY, settings).color).toBe('red');
  });
});

describe('worseLight', () => {
  it('orders red above yellow above amber above green', () => {
    expect(worseLight('green', 'red')).toBe('red');
    expect(worseLight('yellow', 'amber')).toBe('yellow');
    expect(worseLight('amber', 'green')).toBe('amber');
    expect(worseLight('red', 'yellow')).toBe('red');
  });
});
