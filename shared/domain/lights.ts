/** Node and project lights: the red/yellow/green of 挂图作战. Pure functions of the data and "today". */

import { daysBetween, monthOf, monthsBetween, type IsoDate, type IsoMonth } from './dates';
import type { LightColor, NodeLight, ProjectLight, ScheduleNode, Settings } from './types';

/** An open 卡点 attached to a node, with the date its department promised. */
export interface OpenProblem {
  nodeId: number | null;
  text: string;
  promisedOn: IsoDate | null;
}

type LightSettings = Pick<Settings, 'warningDays' | 'agingYellowMonths' | 'agingRedMonths'> & Partial<Pick<Settings, 'problemOverdueRed'>>;

/** Light of one node on `today`. */
export function nodeLight(
  node: Pick<ScheduleNode, 'plannedEnd' | 'actualStart' | 'actualEnd' | 'percent'>,
  today: IsoDate,
  warningDays: number,
): NodeLight {
  if (node.actualEnd) {
    if (node.plannedEnd && node.actualEnd > node.plannedEnd) {
      return { status: '完成滞后', color: 'amber', daysLate: daysBetween(node.plannedEnd, node.actualEnd) };
    }
    return { status: '完成', color: 'green' };
  }
  if (node.plannedEnd) {
    const left = daysBetween(today, node.plannedEnd);
    if (left < 0) return { status: '逾期', color: 'red', daysLate: -left };
    if (left <= warningDays) return { status: '预警', color: 'yellow', daysLeft: left };
  }
  if (node.actualStart || node.percent > 0) return { status: '进行中', color: 'blue' };
  return { status: '未开始', color: 'grey' };
}

/** The oldest broken promise among open problems: the one that counts. */
function oldestOverdue(problems: OpenProblem[], today: IsoDate): OpenProblem | undefined {
  return problems
    .filter((p) => p.promisedOn !== null && p.promisedOn < today)
    .sort((a, b) => (a.promisedOn as string).localeCompare(b.promisedOn as string))[0];
}

/** A node light made red by an open 卡点 past its promised date, when that is worse. */
export function withOverdueProblems(light: NodeLight, problems: OpenProblem[], today: IsoDate): NodeLight {
  const overdue = oldestOverdue(problems, today);
  if (!overdue || light.color === 'red' || light.color === 'green' || light.color === 'amber') return light;
  return {
    status: '逾期',
    color: 'red',
    daysLate: daysBetween(overdue.promisedOn as IsoDate, today),
    reason: `卡点逾期：${overdue.text}`,
    reasonEn: `problem overdue: ${overdue.text}`,
  };
}

/** Worst first: the order in which a project's light is chosen among its nodes. */
const SEVERITY: Record<LightColor, number> = { red: 5, yellow: 4, amber: 3, blue: 2, grey: 1, green: 0 };

/** Worse colour first; within a colour, the more days late or the fewer days left. */
function moreUrgent(a: NodeLight, b: NodeLight): boolean {
  if (SEVERITY[a.color] !== SEVERITY[b.color]) return SEVERITY[a.color] > SEVERITY[b.color];
  if (a.color === 'yellow') return (a.daysLeft ?? 0) < (b.daysLeft ?? 0);
  return (a.daysLate ?? 0) > (b.daysLate ?? 0);
}

export function worseLight(a: LightColor, b: LightColor): LightColor {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

export interface ProjectLightInput {
  nodes: Array<Pick<ScheduleNode, 'id' | 'name' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'percent'>>;
  /** Month of the latest recorded progress (monthly entry or node date), if any. */
  lastProgressMonth: IsoMonth | null;
  /** Projects that are finished or stopped are not aged. */
  active: boolean;
  /** A terminated project shows no alarm whatever its open nodes. */
  terminated?: boolean;
  problems?: OpenProblem[];
}

/** Lights of every node, with overdue 卡点 applied. */
export function nodeLights(input: ProjectLightInput, today: IsoDate, settings: LightSettings): NodeLight[] {
  return input.nodes.map((node) =>
    withOverdueProblems(
      nodeLight(node, today, settings.warningDays),
      settings.problemOverdueRed === false ? [] : (input.problems ?? []).filter((p) => p.nodeId === node.id),
      today,
    ),
  );
}

/** Project light = the worst node light, then aged by months without progress. */
export function projectLight(input: ProjectLightInput, today: IsoDate, settings: LightSettings): ProjectLight {
  if (input.terminated) return { color: 'grey', label: '已终止', reason: '项目已终止，不再预警', labelEn: 'Terminated', reasonEn: 'terminated: no more alarms' };
  const lights = nodeLights(input, today, settings);
  let worst: { light: NodeLight; name: string } | undefined;
  lights.forEach((light, i) => {
    const name = input.nodes[i]?.name ?? '';
    if (!worst || moreUrgent(light, worst.light)) worst = { light, name };
  });
  let result: ProjectLight;
  if (!worst) result = { color: 'grey', label: '无节点', reason: '尚未排定节点', labelEn: 'No schedule', reasonEn: 'no nodes scheduled yet' };
  else result = describeWorst(worst.light, worst.name);

  // A 卡点 of the whole project (no node) has no node to turn red: past its promise it turns the project red.
  const projectWide = settings.problemOverdueRed === false ? undefined : oldestOverdue(
    (input.problems ?? []).filter((p) => p.nodeId === null),
    today,
  );
  if (projectWide && result.color !== 'red') {
    const days = daysBetween(projectWide.promisedOn as IsoDate, today);
    result = { color: 'red', label: '逾期', reason: `卡点逾期 ${days}天：${projectWide.text}`, labelEn: 'Overdue', reasonEn: `problem ${daysEn(days)} overdue: ${projectWide.text}` };
  }

  if (input.active && input.lastProgressMonth) {
    const idle = monthsBetween(input.lastProgressMonth, monthOf(today));
    const aged: ProjectLight | undefined =
      idle >= settings.agingRedMonths
        ? { color: 'red', label: '无进展', reason: `${idle}个月无进展`, labelEn: 'Idle', reasonEn: `no progress for ${monthsEn(idle)}` }
        : idle >= settings.agingYellowMonths
          ? { color: 'yellow', label: '无进展', reason: `${idle}个月无进展`, labelEn: 'Idle', reasonEn: `no progress for ${monthsEn(idle)}` }
          : undefined;
    if (aged && SEVERITY[aged.color] > SEVERITY[result.color]) result = aged;
  }
  return result;
}

/** "1 day", "7 days": English counts its nouns (Chinese 天/个月 does not). */
function daysEn(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

function monthsEn(n: number): string {
  return n === 1 ? '1 month' : `${n} months`;
}

function describeWorst(light: NodeLight, name: string): ProjectLight {
  switch (light.color) {
    case 'red':
      return light.reason
        ? { color: 'red', label: '逾期', reason: `${name}：${light.reason}`, labelEn: 'Overdue', reasonEn: `${name}: ${light.reasonEn ?? light.reason}` }
        : { color: 'red', label: '逾期', reason: `逾期 ${light.daysLate}天：${name}`, labelEn: 'Overdue', reasonEn: `${daysEn(light.daysLate ?? 0)} overdue: ${name}` };
    case 'yellow':
      // Due today reads as such, not as "due within 0 days".
      return light.daysLeft === 0
        ? { color: 'yellow', label: '预警', reason: `今天到期：${name}`, labelEn: 'Warning', reasonEn: `due today: ${name}` }
        : { color: 'yellow', label: '预警', reason: `${light.daysLeft}天内到期：${name}`, labelEn: 'Warning', reasonEn: `due in ${daysEn(light.daysLeft ?? 0)}: ${name}` };
    case 'amber':
      return { color: 'amber', label: '完成滞后', reason: `完成滞后 ${light.daysLate}天：${name}`, labelEn: 'Finished late', reasonEn: `finished ${daysEn(light.daysLate ?? 0)} late: ${name}` };
    default:
      return { color: 'green', label: '正常', reason: '按计划推进', labelEn: 'On track', reasonEn: 'on schedule' };
  }
}
