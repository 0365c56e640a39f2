/**
 * The domain's fixed words (stages, node statuses, lights) in the UI's language. Project names,
 * code-list values and node names are the register's data and stay as entered.
 */
import type { NodeLight, ProjectLight, Stage } from '../../../shared/domain/types';

const STAGE_EN: Record<Stage, string> = {
  在谈: 'Negotiating',
  已签约: 'Signed',
  在建: 'Under construction',
  已竣工: 'Completed',
  已投产: 'In production',
  已达产: 'At capacity',
  停滞: 'Stalled',
  终止: 'Terminated',
};

const NODE_STATUS_EN: Record<NodeLight['status'], string> = {
  逾期: 'Overdue',
  预警: 'Due soon',
  完成滞后: 'Finished late',
  进行中: 'In progress',
  未开始: 'Not started',
  完成: 'Done',
};

export function stageText(stage: Stage, en: boolean): string {
  return en ? STAGE_EN[stage] : stage;
}

/** 逾期 12天 / Overdue 12 d: the status with its days late where there are some. */
export function nodeStatusText(light: NodeLight, en: boolean): string {
  const days = light.daysLate ? (en ? ` ${light.daysLate} d` : ` ${light.daysLate}天`) : '';
  return `${en ? NODE_STATUS_EN[light.status] : light.status}${days}`;
}

export function nodeReasonText(light: NodeLight, en: boolean): string | undefined {
  return en ? light.reasonEn ?? light.reason : light.reason;
}

export function lightLabel(light: ProjectLight, en: boolean): string {
  return en ? light.labelEn : light.label;
}

export function lightReason(light: ProjectLight, en: boolean): string {
  return en ? light.reasonEn : light.reason;
}

/** What the light says in a cell or badge: its reason, or its label when all is well. */
export function lightText(light: ProjectLight, en: boolean): string {
  return light.color === 'green' || !light.reason ? lightLabel(light, en) : lightReason(light, en);
}
