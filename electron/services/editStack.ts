/**
 * Ctrl+Z / Ctrl+Y through the history. Every edit of project fields (a register cell, a 项目详情
 * form save, a bulk set, a paste) is one head row plus its field rows (editActions.ts). Undo puts
 * back the values the edit found; redo takes back the undo. Both are edits in the history
 * themselves, by the actor who pressed the key. The stack is the actor's (the 操作人, else the
 * system user): a reload, a restart or a second window keep it. An undo is refused, naming the
 * project, field, who and when, if any of its fields has been changed since by anyone: undoing
 * would silently throw that later work away.
 */

import { LedgerError } from '../../shared/errors';
import type { UndoResult } from '../../shared/api/edits';
import type { Project, ProjectFields } from '../../shared/domain/types';
import { PROJECT_FIELD_LABELS } from '../../shared/domain/fields';
import { formatLocalDateTime } from '../../shared/domain/localTime';
import { inTransaction } from '../db/connection';
import { asText, recordChanges, type ChangeInput } from '../db/queries/changes';
import { editSpan, insertEditHead, lastFieldChange, recentHeads, setEditRecord, type EditHead, type EditRecord } from '../db/queries/editActions';
import { getProject, updateProjectFields } from '../db/queries/projects';
import { lastChangeId } from '../db/queries/templateRuns';
import { checkCodedValues } from './codeListCheck';
import type { ServiceContext } from './context';
import { refreshStage } from './projectGraph';
import { buildRows } from './registerRows';

/** How far back Ctrl+Z reaches: Excel keeps 100 steps; a register clerk's morning fits in this. */
export const UNDO_DEPTH = 500;

/**
 * Records field changes as one undoable edit (inside the caller's transaction). Nothing changed,
 * nothing recorded: an edit that saved nothing is no step on the stack.
 */
export function recordEdit(ctx: ServiceContext, what: EditRecord['what'], changes: ChangeInput[]): void {
  if (changes.length === 0) return;
  const projects = new Set(changes.map((c) => c.projectId));
  const head = insertEditHead(ctx.db, changes[0]!.at, ctx.actor, 'edit', 0);
  recordChanges(ctx.db, changes);
  const only = projects.size === 1 ? [...projects][0] ?? null : null;
  setEditRecord(ctx.db, head, { projectId: only, what, cells: changes.length, lastChangeId: lastChangeId(ctx.db) });
}

/** The newest edit or redo not undone yet (heads newest first). */
export function pickUndo(heads: readonly EditHead[]): EditHead | undefined {
  const undone = new Set(heads.filter((h) => h.kind === 'undo').map((h) => h.target));
  return heads.find((h) => h.kind !== 'undo' && !undone.has(h.id));
}

/** The newest undo not redone yet, as long as no new edit came after it (heads newest first). */
export function pickRedo(heads: readonly EditHead[]): EditHead | undefined {
  const redone = new Set(heads.filter((h) => h.kind === 'redo').map((h) => h.target));
  for (const h of heads) {
    if (h.kind === 'edit') return undefined;
    if (h.kind === 'undo' && !redone.has(h.id)) return h;
  }
  return undefined;
}

const NUMERIC_FIELDS = new Set(['totalInvestment', 'annualPlan', 'cumulativeCompleted', 'landMu', 'expectedOutput']);

/** The history keeps values as text; turn one back into the field's type. */
function fromAuditText(field: string, text: string | null): unknown {
  if (text === null) return null;
  if (NUMERIC_FIELDS.has(field)) return Number(text);
  if (field === 'tags') return JSON.parse(text) as unknown;
  return text;
}

function label(field: string): { zh: string; en: string } {
  return PROJECT_FIELD_LABELS[field as keyof ProjectFields] ?? { zh: field, en: field };
}

interface FieldPlan {
  projectId: number;
  field: string;
  /** The value the edit found: what goes back. */
  restore: string | null;
  /** The value the edit left: what must still be there. */
  expect: string | null;
}

/** Per project and field: the first "before" and the last "after" of the edit's rows. */
function planOf(ctx: ServiceContext, head: EditHead): FieldPlan[] {
  const plans = new Map<string, FieldPlan>();
  for (const c of editSpan(ctx.db, head)) {
    const key = `${c.projectId}|${c.field}`;
    const plan = plans.get(key);
    if (plan) plan.expect = c.after;
    else plans.set(key, { projectId: c.projectId, field: c.field, restore: c.before, expect: c.after });
  }
  return [...plans.values()];
}

function refuse(verb: { zh: string; en: string }, zh: string, en: string): never {
  throw new LedgerError('conflict', `无法${verb.zh}：${zh}`, `Cannot ${verb.en}: ${en}`);
}

/** Checks every field still holds what the edit left, and returns the projects as they are now. */
function checkUntouched(ctx: ServiceContext, plans: FieldPlan[], verb: { zh: string; en: string }): Map<number, Project> {
  const projects = new Map<number, Project>();
  for (const plan of plans) {
    const project = projects.get(plan.projectId) ?? getProject(ctx.db, plan.projectId);
    if (!project) refuse(verb, `项目（${plan.projectId}）已被删除`, `project ${plan.projectId} was deleted`);
    projects.set(plan.projectId, project);
    const now = asText(project[plan.field as keyof ProjectFields]);
    if (now !== plan.expect) {
      const last = lastFieldChange(ctx.db, plan.projectId, plan.field);
      const when = last ? formatLocalDateTime(last.at) : '';
      const f = label(plan.field);
      refuse(
        verb,
        `「${project.name}」的${f.zh}在此之后已被修改（${when}，${last?.actor ?? ''}），${verb.zh}会覆盖这次修改，未作任何改动。`,
        `the ${f.en} of "${project.name}" was changed since (${when}, ${last?.actor ?? ''}); ${verb.en} would overwrite it. Nothing was changed.`,
      );
    }
  }
  return projects;
}

/** Puts back what `head` found, as one new edit of kind `kind` that names `head`. */
function reverse(ctx: ServiceContext, head: EditHead, kind: 'undo' | 'redo'): UndoResult {
  const verb = kind === 'undo' ? { zh: '撤销', en: 'undo' } : { zh: '恢复', en: 'redo' };
  const plans = planOf(ctx, head);
  const projects = checkUntouched(ctx, plans, verb);
  const values = new Map<number, Record<string, unknown>>();
  for (const plan of plans) {
    const fields = values.get(plan.projectId) ?? {};
    fields[plan.field] = fromAuditText(plan.field, plan.restore);
    values.set(plan.projectId, fields);
  }
  for (const fields of values.values()) {
    try {
      checkCodedValues(ctx.db, fields as Partial<ProjectFields>);
    } catch (err) {
      if (err instanceof LedgerError) refuse(verb, err.message, err.messageEn);
      throw err;
    }
  }
  const now = ctx.clock.now();
  const undoHead = insertEditHead(ctx.db, now, ctx.actor, kind, head.id);
  const rows: ChangeInput[] = [];
  for (const [id, fields] of values) {
    const before = projects.get(id)!;
    updateProjectFields(ctx.db, id, fields as Partial<ProjectFields>, now);
    if ('stageOverride' in fields) refreshStage(ctx, id, fields.stageOverride as ProjectFields['stageOverride']);
    for (const [field, after] of Object.entries(fields)) {
      rows.push({ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field, before: before[field as keyof ProjectFields], after });
    }
  }
  recordChanges(ctx.db, rows);
  setEditRecord(ctx.db, undoHead, { ...head.record, cells: rows.length, lastChangeId: lastChangeId(ctx.db) });
  return {
    done: true,
    what: head.record.what,
    fields: plans.map((p) => ({ projectId: p.projectId, field: p.field })),
    cells: rows.length,
    rows: [],
  };
}

const NOTHING: UndoResult = { done: false, what: null, fields: [], cells: 0, rows: [] };

function step(ctx: ServiceContext, kind: 'undo' | 'redo', projectId: number | undefined): UndoResult {
  const result = inTransaction(ctx.db, () => {
    const heads = recentHeads(ctx.db, ctx.actor, projectId ?? null, UNDO_DEPTH);
    const head = kind === 'undo' ? pickUndo(heads) : pickRedo(heads);
    return head ? reverse(ctx, head, kind) : NOTHING;
  });
  if (!result.done) return result;
  const ids = [...new Set(result.fields.map((f) => f.projectId))];
  const projects = ids.flatMap((id) => { const p = getProject(ctx.db, id); return p ? [p] : []; });
  return { ...result, rows: buildRows(ctx, projects) };
}

export function undoLastEdit(ctx: ServiceContext, projectId?: number): UndoResult {
  return step(ctx, 'undo', projectId);
}

export function redoLastUndo(ctx: ServiceContext, projectId?: number): UndoResult {
  return step(ctx, 'redo', projectId);
}
