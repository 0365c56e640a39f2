/**
 * The domain's fixed words (stages, node statuses, lights) in the UI's language. Project names,
 * code-list values and node names are the register's data and stay as entered.
 */
import { ALL_NODES_DONE, STAGES, type NodeLight, type ProjectLight, type Stage } from '../../../shared/domain/types';
import { SIZE_UNKNOWN, type RollupDimension } from '../../../shared/domain/rollup';
import { UNFILLED, UNSIGNED } from '../../../shared/domain/rollupSlice';
import { UNKNOWN_AMOUNT } from '../../../shared/domain/unknownAmounts';
import { PROJECT_FIELD_LABELS } from '../../../shared/domain/fields';
import type { ProjectFields } from '../../../shared/domain/types';

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

/** 总投资 size bands (shared/domain/rollup.ts SIZE_BANDS) in English. */
const SIZE_EN: Record<string, string> = {
  '≥100亿': '≥ CNY 10bn',
  '50–100亿': 'CNY 5–10bn',
  '10–50亿': 'CNY 1–5bn',
  '3–10亿': 'CNY 0.3–1bn',
  '<3亿': '< CNY 0.3bn',
};

function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/**
 * A rollup or group key as shown: 产业链/区域/级别 values are data and stay as entered; the words
 * the app makes up (stages, 2023年, 未签约, size bands, 未填) follow the UI's language.
 */
export function rollupKeyText(by: RollupDimension, key: string, en: boolean): string {
  if (!en) return key;
  if (key === UNFILLED || key === SIZE_UNKNOWN) return UNKNOWN_AMOUNT.en;
  if (by === 'stage' && isStage(key)) return stageText(key, true);
  if (by === 'year') return key === UNSIGNED ? 'Not signed' : key.replace(/年$/, '');
  if (by === 'size') return SIZE_EN[key] ?? key;
  return key;
}

/** The register's 当前节点: a node name (data), or 全部完成 in the UI's language. */
export function currentNodeText(node: string, en: boolean): string {
  return en && node === ALL_NODES_DONE ? 'All done' : node;
}

/** A project field's name as a label or column header: 总投资 / Total investment. */
export function projectFieldLabel(field: keyof ProjectFields, en: boolean): string {
  const label = PROJECT_FIELD_LABELS[field];
  return en ? label.en.charAt(0).toUpperCase() + label.en.slice(1) : label.zh;
}

/** A project's tags in one line: 链主、外资 / 链主, 外资 (either reads back as tags). */
export function tagsText(tags: readonly string[], en: boolean): string {
  return tags.join(en ? ', ' : '、');
}
