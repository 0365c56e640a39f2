/**
 * A returned template against the register: per project what would change (before → after), what
 * looks wrong, and what is refused. Empty cells are "not reported" and change nothing; a value is
 * never turned into 0. The plan is pure reading: collect.ts writes it.
 */

import { formatAmount, parseAmount } from '../../../shared/domain/money';
import { parseImportDate } from '../../../shared/import/dates';
import { cleanCellText } from '../../../shared/import/cleanText';
import { MANUAL_STAGES, type ManualStage, type Project, type ScheduleNode } from '../../../shared/domain/types';
import type { CollectChange, CollectFlag, CollectPreview, CollectRow } from '../../../shared/rounds/types';
import type { PlainCell } from '../excel/exceljs';
import { getNode } from '../../db/queries/nodes';
import { getMonthly } from '../../db/queries/monthly';
import { findRoundByTemplateId, latestRoundMonth, returnsOfMonth, type FillRound } from '../../db/queries/fillRounds';
import { findProjectByCode, getProject } from '../../db/queries/projects';
import type { ServiceContext } from '../context';
import { NODE_SHEET, parseKey, priorMonthsLabel, PROJECT_SHEET, STATUS_CHOICES } from './layout';
import type { ReturnedRow, ReturnedTemplate, SentRow } from './readTemplate';
import { priorYearToDate, unitOf } from './templateData';
import { formatLocalDateTime } from '../../../shared/domain/localTime';

const TEXT_LIMIT = 2000;

export type PlannedWrite =
  | { kind: 'project'; projectId: number; field: 'progressNote' | 'problems' | 'stageOverride'; before: string | null; after: string | null }
  | { kind: 'monthly'; projectId: number; month: string; field: 'completed' | 'progressNote' | 'problems'; after: number | string }
  | { kind: 'node'; projectId: number; node: ScheduleNode; field: 'plannedEnd' | 'actualStart' | 'actualEnd'; before: string | null; after: string };

export interface CollectPlan {
  preview: CollectPreview;
  round: FillRound | undefined;
  writes: PlannedWrite[];
}

function text(cell: PlainCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'string' ? cleanCellText(cell).text.trim() : String(cell);
}

const same = (a: string, b: string) => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/** 万元 with every digit down to the 元, at least two decimals: 1234500 元 → "123.45". */
function wan(yuan: number | null): string {
  if (yuan === null) return '';
  return formatAmount(yuan, '万元', { decimals: 4, grouping: true }).replace(/(\.\d\d\d?)0+$/, '$1').replace(/(\.\d\d)0$/, '$1');
}

function flag(level: CollectFlag['level'], kind: CollectFlag['kind'], message: string, messageEn: string): CollectFlag {
  return { level, kind, message, messageEn };
}

interface RowContext {
  ctx: ServiceContext;
  month: string;
  monthNumber: number;
  prior: Map<number, number>;
  writes: PlannedWrite[];
}

/** A row of the 月度填报 sheet: identity checked, then each open column read. */
function planProjectRow(rc: RowContext, row: ReturnedRow, sent: SentRow, project: Project, out: CollectRow): void {
  const { ctx, month, monthNumber } = rc;
  const where = `「${row.sheet}」第${row.line}行`;
  const whereEn = `sheet "${row.sheet}" row ${row.line}`;
  const refuseValue = (kind: CollectFlag['kind'], zh: string, en: string) => out.flags.push(flag('refused', kind, `${where}：${zh}`, `${whereEn}: ${en}`));
  const suspicious = (kind: CollectFlag['kind'], zh: string, en: string) => out.flags.push(flag('suspicious', kind, `${where}：${zh}`, `${whereEn}: ${en}`));
  const change = (c: CollectChange) => out.changes.push(c);

  // Amounts: 本月 or 1–N月, in 万元; a text such as "120万" is read with its own unit.
  const amount = (key: 'completed' | 'ytd', header: string, headerEn: string): number | null => {
    const cell = row.cells[key] ?? null;
    if (cell === null || text(cell) === '') return null;
    const parsed = parseAmount(typeof cell === 'number' ? cell : text(cell), '万元');
    if (parsed.ok) return parsed.yuan;
    if (parsed.reason === 'empty') return null;
    refuseValue('notAmount', `「${header}」的「${text(cell)}」不是金额，未采用（请填写如 120 或 120万）`, `"${text(cell)}" in ${headerEn} is not an amount; not merged`);
    return null;
  };
  const monthHeader = `${monthNumber}月完成投资`;
  const ytdHeader = `1-${monthNumber}月完成投资`;
  const thisMonth = amount('completed', monthHeader, `the month's investment (month ${monthNumber})`);
  const ytd = amount('ytd', ytdHeader, `the year-to-date investment (months 1-${monthNumber})`);
  const prior = rc.prior.get(project.id) ?? 0;
  const existing = getMonthly(ctx.db, project.id, month);
  let monthValue: number | null = null;
  if (ytd !== null) {
    if (ytd < prior) {
      suspicious('ytdLower', `${ytdHeader} ${wan(ytd)} 万元低于${priorMonthsLabel(month)}已完成的 ${wan(prior)} 万元，累计数不会减少，未采用此值，请核实`,
        `the year-to-date ${wan(ytd)} is below the ${wan(prior)} (10k yuan) already recorded for the earlier months; not merged, please check`);
    } else if (thisMonth !== null && thisMonth !== ytd - prior) {
      suspicious('amountsDisagree', `${monthHeader} ${wan(thisMonth)} 与 ${ytdHeader} ${wan(ytd)} 不一致（应为 ${wan(prior)} ＋ 本月），两者均未采用，请核实`,
        `this month's ${wan(thisMonth)} and the year-to-date ${wan(ytd)} disagree; neither merged`);
    } else {
      monthValue = ytd - prior;
    }
  } else if (thisMonth !== null) {
    monthValue = thisMonth;
  }
  if (monthValue !== null && monthValue !== (existing?.completed ?? null)) {
    rc.writes.push({ kind: 'monthly', projectId: project.id, month, field: 'completed', after: monthValue });
    const before = existing?.completed ?? null;
    change({
      field: 'completed', label: `${monthHeader}（1-${monthNumber}月累计）`, labelEn: `Completed in month ${monthNumber} (year to date)`,
      before: before === null ? '未报' : `${wan(before)}（${wan(prior + before)}）`, after: `${wan(monthValue)}（${wan(prior + monthValue)}）`,
      amounts: { before, after: monthValue, prior },
    });
  }

  // 形象进度 and 存在问题: the project's current text, and this month's record of it.
  for (const [key, label, labelEn] of [['progressNote', '形象进度', 'Progress'], ['problems', '存在问题', 'Problems']] as const) {
    const value = text(row.cells[key]);
    if (value === '') continue;
    if (value.length > TEXT_LIMIT) {
      refuseValue('tooLong', `「${label}」超过 ${TEXT_LIMIT} 字，未采用`, `"${labelEn}" is longer than ${TEXT_LIMIT} characters; not merged`);
      continue;
    }
    // A re-save may turn line breaks into \r\n or add spaces: the same words are no change.
    if (same(value, project[key])) continue;
    rc.writes.push({ kind: 'project', projectId: project.id, field: key, before: project[key], after: value });
    rc.writes.push({ kind: 'monthly', projectId: project.id, month, field: key, after: value });
    change({ field: key, label, labelEn, before: project[key], after: value });
  }

  // 推进状态: 停滞/终止 set the stage by hand; 正常推进 lets the nodes decide again.
  const status = text(row.cells.status);
  if (status !== '') {
    if (!(STATUS_CHOICES as readonly string[]).includes(status)) {
      refuseValue('unknownStatus', `推进状态「${status}」不在下拉列表中（${STATUS_CHOICES.join('、')}），未采用`, `status "${status}" is not one of ${STATUS_CHOICES.join(', ')}; not merged`);
    } else {
      const override: ManualStage | null = (MANUAL_STAGES as readonly string[]).includes(status) ? (status as ManualStage) : null;
      if (override !== project.stageOverride) {
        rc.writes.push({ kind: 'project', projectId: project.id, field: 'stageOverride', before: project.stageOverride, after: override });
        change({ field: 'stageOverride', label: '推进状态', labelEn: 'Status', before: project.stageOverride ?? '正常推进', after: status });
      }
    }
  }

  // 下一节点计划完成日期: the planned end of the node that was next when the template was made.
  const nextId = sent.nextNodeKey ? parseKey(sent.nextNodeKey, 'N') : undefined;
  const next = nextId !== undefined ? getNode(ctx.db, nextId) : undefined;
  if (next && next.projectId === project.id) {
    const date = readDate(row.cells.nextPlan ?? null, ['下一节点计划完成日期', "the next node's planned end"], refuseValue);
    if (date && date !== next.plannedEnd) planNodeDate(rc, out, next, 'plannedEnd', date, where, whereEn);
  }
}

function readDate(cell: PlainCell, [header, headerEn]: readonly [string, string], refuse: (kind: CollectFlag['kind'], zh: string, en: string) => void): string | null {
  if (cell === null || text(cell) === '') return null;
  const parsed = parseImportDate(typeof cell === 'number' ? cell : text(cell));
  if (parsed.ok) return parsed.date;
  refuse('notDate', `「${header}」的「${text(cell)}」不是日期，未采用（请填写如 2026-11-05）`, `"${text(cell)}" in ${headerEn} is not a date; not merged`);
  return null;
}

const NODE_FIELD_LABELS = { plannedEnd: ['计划完成', 'planned end'], actualStart: ['实际开始', 'actual start'], actualEnd: ['实际完成', 'actual end'] } as const;

function planNodeDate(rc: RowContext, out: CollectRow, node: ScheduleNode, field: 'plannedEnd' | 'actualStart' | 'actualEnd', date: string, where: string, whereEn: string): void {
  const before = node[field];
  const [label, labelEn] = NODE_FIELD_LABELS[field];
  if (before && date < before) {
    out.flags.push(flag('suspicious', 'dateBackwards', `${where}：节点「${node.name}」${label}由 ${before} 提前到 ${date}，已按所填合并，请核实`,
      `${whereEn}: node "${node.name}" ${labelEn} moved back from ${before} to ${date}; merged as written, please check`));
  }
  rc.writes.push({ kind: 'node', projectId: node.projectId, node, field, before, after: date });
  out.changes.push({ field: `node:${node.name}.${field}`, label: `${node.name}·${label}`, labelEn: `${node.name} · ${labelEn}`, before: before ?? '', after: date });
}

/** A row of the 节点进度 sheet: actual dates only, never later than today, never ending before they start. */
function planNodeRow(rc: RowContext, row: ReturnedRow, node: ScheduleNode, out: CollectRow): void {
  const where = `「${row.sheet}」第${row.line}行`;
  const whereEn = `sheet "${row.sheet}" row ${row.line}`;
  const refuse = (kind: CollectFlag['kind'], zh: string, en: string) => out.flags.push(flag('refused', kind, `${where}：${zh}`, `${whereEn}: ${en}`));
  const today = rc.ctx.clock.today();
  const start = readDate(row.cells.actualStart ?? null, ['实际开始', 'the actual start'], refuse);
  const end = readDate(row.cells.actualEnd ?? null, ['实际完成', 'the actual end'], refuse);
  const take = (field: 'actualStart' | 'actualEnd', date: string | null): string | null => {
    if (!date) return null;
    if (date > today) {
      refuse('dateInFuture', `节点「${node.name}」${NODE_FIELD_LABELS[field][0]} ${date} 晚于今天（${today}），实际日期不能在未来，未采用`, `node "${node.name}" ${NODE_FIELD_LABELS[field][1]} ${date} is after today; not merged`);
      return null;
    }
    return date;
  };
  const s = take('actualStart', start);
  const e = take('actualEnd', end);
  const effectiveStart = s ?? node.actualStart;
  if (e && effectiveStart && e < effectiveStart) {
    refuse('dateBackwards', `节点「${node.name}」实际完成 ${e} 早于实际开始 ${effectiveStart}，未采用`, `node "${node.name}" ends (${e}) before it starts (${effectiveStart}); not merged`);
    if (s && s !== node.actualStart) planNodeDate(rc, out, node, 'actualStart', s, where, whereEn);
    return;
  }
  if (s && s !== node.actualStart) planNodeDate(rc, out, node, 'actualStart', s, where, whereEn);
  if (e && e !== node.actualEnd) planNodeDate(rc, out, node, 'actualEnd', e, where, whereEn);
}

/** The sent row a returned row answers: by its hidden key, else by its 项目编号 (a WPS copy may lose the hidden column). */
function sentRowFor(row: ReturnedRow, sent: Map<string, SentRow>): SentRow | undefined {
  const key = text(row.cells.rowKey);
  const byKey = key ? sent.get(key) : undefined;
  if (byKey) return byKey;
  const code = text(row.cells.code);
  const matches = [...sent.values()].filter((s) => s.code === code && (row.sheet === PROJECT_SHEET || same(s.name, text(row.cells.node))));
  return matches.length === 1 ? matches[0] : undefined;
}

export function planCollect(ctx: ServiceContext, fileName: string, tpl: ReturnedTemplate, expectedMonth: string | undefined): CollectPlan {
  const { identity } = tpl;
  const month = identity.month;
  const monthNumber = Number(month.slice(5, 7));
  const fileFlags: CollectFlag[] = [];
  let refused: CollectFlag | null = null;
  const round = findRoundByTemplateId(ctx.db, identity.templateId);
  const monthText = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`;
  if (!round) {
    refused = flag('refused', 'unknownTemplate', `「${fileName}」的模板编号在本台账中找不到（来自另一份台账，或台账已清空），未合并。请用本台账重新下发的模板填报。`,
      `"${fileName}": its template id is not known to this register (another register, or cleared); nothing merged`);
  } else if (expectedMonth && expectedMonth !== month) {
    refused = flag('refused', 'otherMonth', `「${fileName}」是${monthText(month)}的模板，当前回收的是${monthText(expectedMonth)}，未合并。`,
      `"${fileName}" is the template for ${month}, not ${expectedMonth}; nothing merged`);
  } else {
    const latest = latestRoundMonth(ctx.db, identity.scope, identity.unit);
    if (latest && latest > month) {
      fileFlags.push(flag('suspicious', 'newerRound', `「${identity.unit}」已下发${monthText(latest)}的模板，本文件是${monthText(month)}的模板；将按${monthText(month)}合并，请确认不是发错了文件。`,
        `"${identity.unit}" has been sent the ${latest} template; this file is for ${month} and merges into ${month}`));
    }
    const before = returnsOfMonth(ctx.db, month, identity.scope).find((r) => r.unit === identity.unit);
    if (before) {
      fileFlags.push(flag('note', 'returnedBefore', `「${identity.unit}」${monthText(month)}的填报已于 ${formatLocalDateTime(before.at)} 回收（「${before.fileName}」，导入批次 ${before.batchId}）；再次合并以本文件为准，与台账现值不同处将被覆盖。`,
        `${identity.unit} already returned ${month} on ${before.at} ("${before.fileName}", batch ${before.batchId}); merging again takes this file's values where they differ`));
    }
  }

  const rc: RowContext = { ctx, month, monthNumber, prior: priorYearToDate(ctx, month), writes: [] };
  const rows = new Map<number, CollectRow>();
  const loose: CollectRow[] = [];
  const refusedProjects = new Set<number>();
  const unit = identity.unit;

  for (const row of tpl.projectRows) {
    const code = text(row.cells.code);
    const name = text(row.cells.name);
    const where = `「${row.sheet}」第${row.line}行`;
    const whereEn = `sheet "${row.sheet}" row ${row.line}`;
    const sent = sentRowFor(row, tpl.sentProjects);
    const projectId = sent ? parseKey(sent.key, 'P') : undefined;
    const project = projectId !== undefined ? getProject(ctx.db, projectId) : undefined;
    if (!sent || projectId === undefined) {
      const elsewhere = code ? findProjectByCode(ctx.db, code) : undefined;
      const note = elsewhere ? `（台账中该项目属于「${unitOf(elsewhere, identity.scope) || '未填'}」）` : '';
      loose.push({ sheet: row.sheet, line: row.line, projectId: null, code, name, status: 'refused', changes: [], flags: [
        flag('refused', 'notInList', `${where}：「${code} ${name}」不在下发给「${unit}」的项目清单中${note}，此行未合并。新项目请另行报送。`,
          `${whereEn}: "${code} ${name}" is not in the list sent to "${unit}"; row not merged`),
      ] });
      continue;
    }
    const out: CollectRow = { sheet: row.sheet, line: row.line, projectId, code: sent.code, name: sent.name, status: 'unchanged', changes: [], flags: [] };
    rows.set(projectId, out);
    if (!same(code, sent.code) || !same(name, sent.name)) {
      const what = [!same(code, sent.code) ? `项目编号「${sent.code}」→「${code}」` : '', !same(name, sent.name) ? `项目名称「${sent.name}」→「${name}」` : ''].filter(Boolean).join('，');
      out.flags.push(flag('refused', 'identityEdited', `${where}：锁定的${what}被改动，此项目整行未合并（含节点进度）。如名称确需更正，请联系台账管理员修改后重新下发。`,
        `${whereEn}: a locked identity column was edited (${what}); this project's row was not merged`));
      out.status = 'refused';
      refusedProjects.add(projectId);
      continue;
    }
    if (!project || project.archived) {
      out.flags.push(flag('refused', 'projectGone', `${where}：「${sent.code} ${sent.name}」已不在台账中（已删除或归档），此行未合并`, `${whereEn}: the project is no longer in the register; not merged`));
      out.status = 'refused';
      refusedProjects.add(projectId);
      continue;
    }
    planProjectRow(rc, row, sent, project, out);
  }

  for (const row of tpl.nodeRows) {
    const code = text(row.cells.code);
    const nodeName = text(row.cells.node);
    const where = `「${NODE_SHEET}」第${row.line}行`;
    const whereEn = `sheet "${NODE_SHEET}" row ${row.line}`;
    const sent = sentRowFor(row, tpl.sentNodes);
    const nodeId = sent ? parseKey(sent.key, 'N') : undefined;
    const projectId = sent?.projectKey ? parseKey(sent.projectKey, 'P') : undefined;
    if (!sent || nodeId === undefined || projectId === undefined) {
      loose.push({ sheet: row.sheet, line: row.line, projectId: null, code, name: text(row.cells.name), status: 'refused', changes: [], flags: [
        flag('refused', 'notInList', `${where}：「${code} ${nodeName}」不是下发的节点行，未合并`, `${whereEn}: "${code} ${nodeName}" is not a node row that was sent; not merged`),
      ] });
      continue;
    }
    if (refusedProjects.has(projectId)) continue;
    const project = getProject(ctx.db, projectId);
    let out = rows.get(projectId);
    if (!out) {
      out = { sheet: row.sheet, line: row.line, projectId, code: sent.code, name: project?.name ?? '', status: 'unchanged', changes: [], flags: [] };
      rows.set(projectId, out);
    }
    if (!same(code, sent.code) || !same(nodeName, sent.name)) {
      out.flags.push(flag('refused', 'identityEdited', `${where}：锁定的项目编号或节点名称被改动（原为「${sent.code} ${sent.name}」，现为「${code} ${nodeName}」），此节点行未合并`,
        `${whereEn}: a locked column was edited (was "${sent.code} ${sent.name}"); node row not merged`));
      continue;
    }
    const node = getNode(ctx.db, nodeId);
    if (!node || node.projectId !== projectId || !project || project.archived) {
      out.flags.push(flag('refused', 'projectGone', `${where}：节点「${sent.name}」已不在台账中，此行未合并`, `${whereEn}: node "${sent.name}" is no longer in the register; not merged`));
      continue;
    }
    planNodeRow(rc, row, node, out);
  }

  const all = [...rows.values(), ...loose].sort((a, b) => (a.sheet === b.sheet ? a.line - b.line : a.sheet === PROJECT_SHEET ? -1 : 1));
  for (const r of all) if (r.status !== 'refused') r.status = r.changes.length ? 'update' : 'unchanged';
  const writes = refused ? [] : rc.writes;
  return {
    round,
    writes,
    preview: {
      fileName,
      template: identity,
      reporter: tpl.reporter,
      phone: tpl.phone,
      rows: all,
      fileFlags,
      refused,
      counts: {
        update: all.filter((r) => r.status === 'update').length,
        unchanged: all.filter((r) => r.status === 'unchanged').length,
        refused: all.filter((r) => r.status === 'refused').length,
        suspicious: all.filter((r) => r.flags.some((f) => f.level === 'suspicious')).length,
      },
    },
  };
}
