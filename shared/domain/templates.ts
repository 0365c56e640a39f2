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
