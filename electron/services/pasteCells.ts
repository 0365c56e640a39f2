/**
 * A block pasted into the register. Each cell is checked as an inline edit is (the field's schema,
 * the code lists, unique 项目编号/项目代码, the project version the grid showed); the valid ones are
 * saved in one transaction as one edit, so one Ctrl+Z takes the paste back, and the others come
 * back with the reason. A failure while writing (not a refused cell) leaves nothing saved.
 */

import { z } from 'zod';
import { LedgerError } from '../../shared/errors';
import type { CellRefusal, PastedCell, PasteResult } from '../../shared/api/edits';
import type { Project, ProjectFields } from '../../shared/domain/types';
import { projectFieldsSchema } from '../../shared/schemas';
import { inTransaction } from '../db/db';
import type { ChangeInput } from '../db/queries/changes';
import { getProject, setProjectStage, updateProjectFields } from '../db/queries/projects';
import { listNodes } from '../db/queries/nodes';
import { deriveStage } from '../../shared/domain/stage';
import { checkCodedValues } from './codeListCheck';
import type { ServiceContext } from './context';
import { describeZodError } from './dispatch';
import { recordEdit } from './editStack';
import { refuseDuplicateCodes, whoSavedInBetween } from './projects';
import { buildRows } from './registerRows';

type Field = keyof ProjectFields;

const CODED: ReadonlySet<string> = new Set<Field>(['chain', 'area', 'level', 'kind', 'source']);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function reasonOf(err: unknown): { message: string; messageEn: string } | null {
  if (!(err instanceof LedgerError)) return null;
  const issue = err.issues?.[0];
  return issue ? { message: issue.message, messageEn: issue.messageEn } : { message: err.message, messageEn: err.messageEn };
}

/** The cell's value as the field takes it, or why not. */
async function checkCell(ctx: ServiceContext, project: Project, cell: PastedCell): Promise<{ ok: true; value: unknown } | { ok: false; message: string; messageEn: string }> {
  if (cell.version !== project.version) {
    // As a refused save does: name who saved in between, from the history.
    const who = await whoSavedInBetween(project, ctx);
    return {
      ok: false,
      message: `「${project.name}」已在别处被修改${who.zh}，此格未粘贴，请刷新后重试`,
      messageEn: `"${project.name}" was changed elsewhere${who.en}; this cell was not pasted. Reload and try again.`,
    };
  }
  const field = cell.field as Field;
  const parsed = z.object({ [field]: projectFieldsSchema.shape[field] }).safeParse({ [field]: cell.value });
  if (!parsed.success) {
    const issue = describeZodError('projects.pasteCells', parsed.error).issues?.[0];
    return { ok: false, message: issue?.message ?? '格式不对', messageEn: issue?.messageEn ?? 'is not valid' };
  }
  const value = (parsed.data as Record<string, unknown>)[field];
  try {
    // Only coded and unique fields need the database: reading the code lists per amount cell costs a paste of thousands dearly.
    if (CODED.has(field)) await checkCodedValues(ctx.db, { [field]: value } as Partial<ProjectFields>);
    if (field === 'code' || field === 'nationalCode') await refuseDuplicateCodes(ctx, { [field]: value } as Partial<ProjectFields>, project.id);
  } catch (err) {
    const why = reasonOf(err);
    if (!why) throw err;
    return { ok: false, ...why };
  }
  return { ok: true, value };
}

export async function pasteCells(ctx: ServiceContext, cells: PastedCell[]): Promise<PasteResult> {
  const refused: CellRefusal[] = [];
  let saved = 0;
  let unchanged = 0;
  const touched: number[] = [];
  const byProject = new Map<number, PastedCell[]>();
  for (const cell of cells) byProject.set(cell.id, [...(byProject.get(cell.id) ?? []), cell]);

  await inTransaction(ctx.db, async () => {
    const now = ctx.clock.now();
    const changes: ChangeInput[] = [];
    for (const [id, list] of byProject) {
      const project = await getProject(ctx.db, id);
      if (!project) {
        for (const c of list) refused.push({ id, field: c.field, message: `找不到项目（${id}）`, messageEn: `Project ${id} was not found` });
        continue;
      }
      const values: Partial<Record<Field, unknown>> = {};
      for (const cell of list) {
        const checked = await checkCell(ctx, project, cell);
        if (!checked.ok) {
          refused.push({ id, field: cell.field, message: checked.message, messageEn: checked.messageEn });
        } else if (sameValue(project[cell.field], checked.value)) {
          unchanged += 1;
        } else {
          values[cell.field] = checked.value;
        }
      }
      const fields = Object.keys(values) as Field[];
      if (fields.length === 0) continue;
      await updateProjectFields(ctx.db, id, values as Partial<ProjectFields>, now);
      if ('stageOverride' in values) await setProjectStage(ctx.db, id, deriveStage(await listNodes(ctx.db, id), (values.stageOverride ?? null) as ProjectFields['stageOverride']));
      for (const field of fields) {
        changes.push({ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field, before: project[field], after: values[field] });
      }
      saved += fields.length;
      touched.push(id);
    }
    await recordEdit(ctx, 'paste', changes);
  });

  const projects = (await Promise.all(touched.map((id) => getProject(ctx.db, id)))).filter((p) => p !== undefined);
  return { saved, unchanged, refused, rows: projects.length ? await buildRows(ctx, projects) : [] };
}
