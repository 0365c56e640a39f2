/**
 * 月度调度 下发与回收: fill-in templates sent to each 区域 or 责任单位 for a month, and the files
 * that come back, previewed per project (before → after, suspicious and refused rows) and merged
 * as one import batch.
 */

import type { IsoMonth } from '../domain/dates';

/** Who a template is for: a 区域 (street, town, platform) or a 责任单位 (department). */
export const ROUND_SCOPES = ['area', 'unit'] as const;
export type RoundScope = (typeof ROUND_SCOPES)[number];

export const ROUND_SCOPE_LABELS: Record<RoundScope, { zh: string; en: string }> = {
  area: { zh: '区域', en: 'area' },
  unit: { zh: '责任单位', en: 'responsible unit' },
};

/** One unit's state in a month's round. */
export interface UnitRoundStatus {
  unit: string;
  /** Active projects of the unit now. */
  projects: number;
  /** When the latest template for the month was made (null: none sent). */
  sentAt: string | null;
  /** Templates made for the month (a re-send makes another). */
  sentCount: number;
  /** The latest merged return that was not undone. */
  returned: { at: string; batchId: number; fileName: string; reporter: string } | null;
}

export interface RoundStatus {
  month: IsoMonth;
  scope: RoundScope;
  units: UnitRoundStatus[];
  /** Units sent a template and not yet returned. */
  outstanding: string[];
}

export interface TemplateFile {
  unit: string;
  fileName: string;
  mimeType: string;
  base64: string;
  projects: number;
  templateId: string;
}

/** What the hidden sheet of a returned template says about it. */
export interface TemplateIdentity {
  templateId: string;
  month: IsoMonth;
  scope: RoundScope;
  unit: string;
  /** The office that sent it (设置 → 填报单位). */
  issuedBy: string;
}

/** A message in both languages; `level` says what happened to the value it is about. */
export interface CollectFlag {
  /** suspicious: merged, but look at it; refused: this value or row was not merged; note: for information. */
  level: 'suspicious' | 'refused' | 'note';
  kind: 'ytdLower' | 'amountsDisagree' | 'dateBackwards' | 'dateInFuture' | 'identityEdited' | 'notInList' | 'notAmount' | 'notDate' | 'tooLong' | 'projectGone' | 'otherMonth' | 'returnedBefore' | 'newerRound' | 'unknownStatus' | 'unknownTemplate';
  message: string;
  messageEn: string;
}

export interface CollectChange {
  /** e.g. 'completed', 'progressNote', 'stageOverride' (推进状态: 正常推进/停滞/终止), 'node:施工许可.actualEnd'. */
  field: string;
  label: string;
  labelEn: string;
  /** As shown to a person: 万元 amounts, ISO dates, text; '' for empty. */
  before: string;
  after: string;
  /**
   * An amount's figures in integer 元, for a screen in its own unit: the month's before (null: not
   * reported) and after, and what the earlier months of the year add up to (for 1–N月).
   */
  amounts?: { before: number | null; after: number; prior: number };
}

export interface CollectRow {
  /** Sheet and row number in the file, for the messages. */
  sheet: string;
  line: number;
  projectId: number | null;
  code: string;
  name: string;
  status: 'update' | 'unchanged' | 'refused';
  changes: CollectChange[];
  flags: CollectFlag[];
}

export interface CollectPreview {
  fileName: string;
  template: TemplateIdentity;
  /** 填报人 and 联系电话 as the unit wrote them. */
  reporter: string;
  phone: string;
  rows: CollectRow[];
  /** Flags about the whole file (another month, returned before). */
  fileFlags: CollectFlag[];
  /** Refused for the whole file: nothing will be merged (e.g. a template of another month). */
  refused: CollectFlag | null;
  counts: { update: number; unchanged: number; refused: number; suspicious: number };
}

export interface CollectResult extends CollectPreview {
  /** The import batch of the merge (导入 → 撤销 takes it back); null when nothing was written. */
  batchId: number | null;
}
