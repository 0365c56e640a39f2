/** The standard node sequence from 签约 to 达产, and applying a template from a start date. */

import { addDays, type IsoDate } from './dates';
import type { NodeTemplateStep } from './types';

/** Offsets and durations in days from the signing date: a typical industrial project. */
export const STANDARD_TEMPLATE: { name: string; steps: NodeTemplateStep[] } = {
  name: '标准产业项目（签约→达产）',
  steps: [
    { name: '签约', milestone: true, offsetDays: 0, durationDays: 0 },
    { name: '供地', milestone: false, offsetDays: 1, durationDays: 90 },
    { name: '立项备案', milestone: false, offsetDays: 30, durationDays: 45 },
    { name: '施工许可', milestone: false, offsetDays: 91, durationDays: 60 },
    { name: '开工', milestone: true, offsetDays: 151, durationDays: 0 },
    { name: '结顶', milestone: false, offsetDays: 152, durationDays: 240 },
    { name: '竣工', milestone: true, offsetDays: 392, durationDays: 150 },
    { name: '投产', milestone: true, offsetDays: 542, durationDays: 60 },
    { name: '达产', milestone: true, offsetDays: 602, durationDays: 365 },
  ],
};

export interface PlannedNode {
  seq: number;
  name: string;
  milestone: boolean;
  plannedStart: IsoDate;
  plannedEnd: IsoDate;
}

/** Planned dates of every step counted from `start` (usually the signing date). */
export function planFromTemplate(steps: readonly NodeTemplateStep[], start: IsoDate): PlannedNode[] {
  return steps.map((step, i) => {
    const plannedStart = addDays(start, step.offsetDays);
    return {
      seq: i + 1,
      name: step.name,
      milestone: step.milestone,
      plannedStart,
      plannedEnd: addDays(plannedStart, step.durationDays),
    };
  });
}

/**
 * Where a template's day 0 falls for a project. The offsets count from signing, so the project's
 * 签约日期 is day 0; a project with only 计划开工 gets the template placed so that its 开工 step
 * starts on 计划开工 (day 0 = 计划开工 − that step's offset), or day 0 = 计划开工 when the
 * template has no 开工 step. Neither date: no anchor, the project is left alone.
 */
export interface TemplateAnchor {
  start: IsoDate;
  from: 'signedOn' | 'plannedStart';
}

export function templateAnchor(
  steps: readonly NodeTemplateStep[],
  project: { signedOn: IsoDate | null; plannedStart: IsoDate | null },
): TemplateAnchor | null {
  if (project.signedOn) return { start: project.signedOn, from: 'signedOn' };
  if (!project.plannedStart) return null;
  const start = steps.find((s) => s.name === '开工');
  return { start: addDays(project.plannedStart, -(start?.offsetDays ?? 0)), from: 'plannedStart' };
}

/** A node as the template writes it: planned dates, and whatever progress is already known. */
export interface TemplateNode extends PlannedNode {
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  percent: number;
  note: string;
}

type Progress = Pick<TemplateNode, 'actualStart' | 'actualEnd' | 'percent' | 'note'>;

/**
 * The schedule a template gives a project from `start`. Progress already recorded on a node of the
 * same name is kept; otherwise a project with a 签约日期 has signed, so its 签约 node is done on
 * that date (which makes the project 已签约, as the register would show it by hand).
 */
export function templateSchedule(
  steps: readonly NodeTemplateStep[],
  start: IsoDate,
  signedOn: IsoDate | null,
  kept: ReadonlyMap<string, Progress> = new Map(),
): TemplateNode[] {
  return planFromTemplate(steps, start).map((planned) => {
    const old = kept.get(planned.name);
    const progress: Progress = old
      ? { actualStart: old.actualStart, actualEnd: old.actualEnd, percent: old.percent, note: old.note }
      : { actualStart: null, actualEnd: null, percent: 0, note: '' };
    if (planned.name === '签约' && signedOn && !progress.actualEnd) {
      return { ...planned, ...progress, actualStart: progress.actualStart ?? signedOn, actualEnd: signedOn, percent: 100 };
    }
    return { ...planned, ...progress };
  });
}
