/** Stage follows the latest done milestone, unless a user set 停滞 or 终止 by hand. */

import type { ManualStage, ScheduleNode, Stage } from './types';

/** The milestone names that move a project's stage, in their natural order. */
export const STAGE_OF_MILESTONE: ReadonlyArray<readonly [string, Stage]> = [
  ['签约', '已签约'],
  ['开工', '在建'],
  ['竣工', '已竣工'],
  ['投产', '已投产'],
  ['达产', '已达产'],
];

const RANK = new Map<string, number>(STAGE_OF_MILESTONE.map(([name], i) => [name, i]));

export function deriveStage(
  nodes: Array<Pick<ScheduleNode, 'name' | 'actualEnd'>>,
  override: ManualStage | null,
): Stage {
  if (override) return override;
  let best = -1;
  for (const node of nodes) {
    const rank = RANK.get(node.name);
    if (rank !== undefined && node.actualEnd && rank > best) best = rank;
  }
  return best < 0 ? '在谈' : (STAGE_OF_MILESTONE[best]?.[1] ?? '在谈');
}

/**
 * Whether a project in this stage is expected to show monthly progress (so it ages without it).
 * 在谈 has nothing to report yet, 已达产 is done, and 停滞/终止 were marked so by hand on purpose.
 */
export function isActiveStage(stage: Stage): boolean {
  return stage !== '已达产' && stage !== '终止' && stage !== '停滞' && stage !== '在谈';
}
