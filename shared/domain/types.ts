/** Domain types shared by the services, the transports and the UI. Money is integer 元, dates ISO. */

import type { IsoDate, IsoMonth } from './dates';

export const STAGES = ['在谈', '已签约', '在建', '已竣工', '已投产', '已达产', '停滞', '终止'] as const;
export type Stage = (typeof STAGES)[number];
/** Stages a user sets by hand; every other stage follows the nodes. */
export const MANUAL_STAGES = ['停滞', '终止'] as const;
export type ManualStage = (typeof MANUAL_STAGES)[number];

export const CODE_LIST_NAMES = ['chain', 'area', 'level', 'kind', 'source'] as const;
export type CodeListName = (typeof CODE_LIST_NAMES)[number];
export type CodeLists = Record<CodeListName, string[]>;

/** The editable fields of a project (what create and update carry). */
export interface ProjectFields {
  code: string;
  /** The national 24-digit 项目代码 of 投资项目在线审批监管平台, when known. */
  nationalCode: string | null;
  name: string;
  company: string;
  chain: string;
  area: string;
  level: string;
  kind: string;
  source: string;
  stageOverride: ManualStage | null;
  /** 总投资; null when unknown (shown 未填, counted apart in every total, never summed as 0). */
  totalInvestment: number | null;
  /** 年度计划投资; null when unknown. */
  annualPlan: number | null;
  /** 累计完成投资 since the project began (开工以来), as the source states it; not this year's 1–N月. */
  cumulativeCompleted: number | null;
  signedOn: IsoDate | null;
  plannedStart: IsoDate | null;
  plannedCompletion: IsoDate | null;
  landMu: number | null;
  capacity: string;
  expectedOutput: number | null;
  leader: string;
  ownerUnit: string;
  contact: string;
  progressNote: string;
  problems: string;
  tags: string[];
}

export interface Project extends ProjectFields {
  id: number;
  /** Effective stage: the override when set, else derived from the latest done milestone. */
  stage: Stage;
  archived: boolean;
  /** Bumped on every write; an update carrying an older version is refused (concurrent edit). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

export type LightColor = 'red' | 'yellow' | 'amber' | 'blue' | 'grey' | 'green';
export type NodeStatus = '逾期' | '预警' | '完成滞后' | '进行中' | '未开始' | '完成';

export interface NodeLight {
  status: NodeStatus;
  color: LightColor;
  /** Days past planned end (逾期, 完成滞后). */
  daysLate?: number;
  /** Days left before planned end (预警). */
  daysLeft?: number;
  /** Why the node is red when an overdue 卡点 made it so. */
  reason?: string;
  reasonEn?: string;
}

export interface ScheduleNode {
  id: number;
  projectId: number;
  seq: number;
  name: string;
  milestone: boolean;
  plannedStart: IsoDate | null;
  plannedEnd: IsoDate | null;
  actualStart: IsoDate | null;
  actualEnd: IsoDate | null;
  percent: number;
  note: string;
}

export interface ScheduleNodeWithLight extends ScheduleNode {
  light: NodeLight;
}

export interface ProjectLight {
  color: LightColor;
  /** 逾期 / 预警 / 完成滞后 / 正常 / 无节点 / 滞后无进展 */
  label: string;
  /** e.g. "逾期 12天：施工许可" */
  reason: string;
  /** The same in English, for the English UI. */
  labelEn: string;
  reasonEn: string;
}

/** The current node of a project whose nodes are all done (the English UI shows "All done"). */
export const ALL_NODES_DONE = '全部完成';

export interface ProjectRow extends Project {
  light: ProjectLight;
  /** 1–N月完成投资 for the year of the reporting month. */
  completedYtd: number;
  /** The first node not done; ALL_NODES_DONE when every node is done; null without nodes. */
  currentNode: string | null;
  nextNode: { name: string; plannedEnd: IsoDate | null } | null;
}

export interface MonthlyEntry {
  projectId: number;
  month: IsoMonth;
  planned: number;
  completed: number;
  progressNote: string;
  problems: string;
}

export interface NodeTemplateStep {
  name: string;
  milestone: boolean;
  /** Days from the template's start date to this node's planned start. */
  offsetDays: number;
  durationDays: number;
}

export interface NodeTemplate {
  id: number;
  name: string;
  steps: NodeTemplateStep[];
}

export interface ChangeRecord {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityId: number;
  projectId: number | null;
  field: string;
  before: string | null;
  after: string | null;
  batchId: number | null;
}

export interface Settings {
  /** Days before a planned end when a node turns yellow. */
  warningDays: number;
  /** Months without recorded progress before a project turns yellow / red. */
  agingYellowMonths: number;
  agingRedMonths: number;
  /** An open 卡点 past its promised date turns its node red. */
  problemOverdueRed: boolean;
  displayUnit: '万元' | '亿元';
  /** Decimal places of amounts on screen (0–4). */
  displayDecimals: number;
  language: 'zh' | 'en';
  /** Name of the reporting unit printed on reports (填报单位). */
  reportingUnit: string;
  /** The person printed as 填报人 on reports and templates. */
  reporter: string;
  /** Who is recorded in the history; empty means the computer's user name. */
  operator: string;
  /** A copy of the database in backups/ once a day, when the app or host opens it. */
  dailyBackup: boolean;
  /** Days the daily copies are kept. */
  backupKeepDays: number;
  /** The template offered first when a schedule is made (0: the first template). */
  defaultTemplateId: number;
}

export const DEFAULT_SETTINGS: Settings = {
  warningDays: 15,
  agingYellowMonths: 2,
  agingRedMonths: 3,
  problemOverdueRed: true,
  // 万元 with two decimals, as every report prints its amounts (#,##0.00 in 万元).
  displayUnit: '万元',
  displayDecimals: 2,
  language: 'zh',
  reportingUnit: '区投资促进局',
  reporter: '',
  operator: '',
  dailyBackup: true,
  backupKeepDays: 30,
  defaultTemplateId: 0,
};
