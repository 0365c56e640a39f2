/** 项目: list, get, create, update (with version check), archive. Every write is one transaction with its audit rows. */

import { inTransaction } from '../db/db';
import { findProjectByCode, findProjectByNationalCode, getProject, nextProvisionalCode, setArchived, updateProjectFields } from '../db/queries/projects';
import { PROVISIONAL_CODE } from '../../shared/domain/fields';
import { listMonthly } from '../db/queries/monthly';
import { recordChanges, type ChangeInput } from '../db/queries/changes';
import { deriveStage } from '../../shared/domain/stage';
import { listNodes } from '../db/queries/nodes';
import { setProjectStage } from '../db/queries/projects';
import { LedgerError } from '../../shared/errors';
import type { Project, ProjectFields } from '../../shared/domain/types';
import type { HandlerMap, ServiceContext } from './context';
import { buildRows, listRows, nodesWithLights } from './registerRows';
import { EMPTY_PROJECT, insertProjectGraph } from './projectGraph';
import { checkCodedValues } from './codeListCheck';
import { notFound } from './errors';
import { formatLocalDateTime } from '../../shared/domain/localTime';
import { recordEdit } from './editStack';
import { lastEditorOf } from '../db/queries/lastEditor';

/**
 * Refuses a write made on a stale copy of the project (another window or user saved since it was
 * loaded), naming who saved in between and when, from the history.
 */
export async function refuseStaleVersion(project: Project, loadedVersion: number | undefined, ctx?: ServiceContext): Promise<void> {
  if (loadedVersion === undefined || project.version === loadedVersion) return;
  const who = await whoSavedInBetween(project, ctx);
  throw new LedgerError(
    'conflict',
    `「${project.name}」已在别处被修改${who.zh}。为免覆盖他人修改，本次未保存，请载入最新数据后重试。`,
    `"${project.name}" was changed elsewhere${who.en}. Nothing was saved so as not to overwrite it; load the latest data and try again.`,
  );
}

/** "：王芳 于 2026-11-22 10:05 已保存此项目" from the history, or just the time when it names no one. */
export async function whoSavedInBetween(project: Project, ctx?: ServiceContext): Promise<{ zh: string; en: string }> {
  const last = ctx ? await lastEditorOf(ctx.db, project.id) : null;
  const at = formatLocalDateTime(last?.at ?? project.updatedAt);
  return last ? { zh: `：${last.actor} 于 ${at} 已保存此项目`, en: `: ${last.actor} saved it at ${at}` } : { zh: `（${at}）`, en: ` (${at})` };
}

export async function requireProject(ctx: ServiceContext, id: number): Promise<Project> {
  const project = await getProject(ctx.db, id);
  if (!project) throw notFound('项目', 'Project', id);
  return project;
}

export async function refuseDuplicateCodes(ctx: ServiceContext, fields: Partial<ProjectFields>, selfId?: number): Promise<void> {
  if (fields.code !== undefined) {
    const other = await findProjectByCode(ctx.db, fields.code);
    if (other && other.id !== selfId) {
      throw new LedgerError('conflict', `项目编号「${fields.code}」已被「${other.name}」使用`, `Project code "${fields.code}" is already used by "${other.name}"`, [
        { path: 'code', message: `项目编号「${fields.code}」已存在`, messageEn: `code "${fields.code}" exists` },
      ]);
    }
  }
  if (fields.nationalCode) {
    const other = await findProjectByNationalCode(ctx.db, fields.nationalCode);
    if (other && other.id !== selfId) {
      throw new LedgerError('conflict', `项目代码「${fields.nationalCode}」已被「${other.name}」使用`, `National project code "${fields.nationalCode}" is already used by "${other.name}"`, [
        { path: 'nationalCode', message: `项目代码「${fields.nationalCode}」已存在`, messageEn: `national code "${fields.nationalCode}" exists` },
      ]);
    }
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

type ProjectMethod = 'projects.list' | 'projects.get' | 'projects.create' | 'projects.update' | 'projects.archive' | 'projects.archiveMany' | 'projects.bulkSet';

export const projectHandlers: HandlerMap<ProjectMethod> = {
  async 'projects.list'({ limit, ...filter }, ctx) {
    return listRows(ctx, filter, undefined, limit);
  },

  async 'projects.get'({ id }, ctx) {
    const project = await requireProject(ctx, id);
    const [row] = await buildRows(ctx, [project]);
    return { project: row!, nodes: await nodesWithLights(ctx, id), monthly: await listMonthly(ctx.db, id) };
  },

  async 'projects.create'(input, ctx) {
    const fields: ProjectFields = { ...EMPTY_PROJECT, ...input } as ProjectFields;
    await checkCodedValues(ctx.db, fields);
    const id = await inTransaction(ctx.db, async () => {
      // Chosen inside the transaction, so two projects created at once never get the same one.
      if (!input.code) fields.code = await nextProvisionalCode(ctx.db, `${PROVISIONAL_CODE}-${ctx.clock.today().slice(0, 4)}-`);
      await refuseDuplicateCodes(ctx, fields);
      return insertProjectGraph(ctx, { fields });
    });
    return requireProject(ctx, id);
  },

  async 'projects.update'({ id, version, changes }, ctx) {
    await checkCodedValues(ctx.db, changes);
    await inTransaction(ctx.db, async () => {
      const before = await requireProject(ctx, id);
      await refuseStaleVersion(before, version, ctx);
      await refuseDuplicateCodes(ctx, changes, id);
      const changed = Object.fromEntries(
        Object.entries(changes).filter(([k, v]) => !sameValue(before[k as keyof ProjectFields], v)),
      ) as Partial<ProjectFields>;
      if (Object.keys(changed).length === 0) return;
      const now = ctx.clock.now();
      await updateProjectFields(ctx.db, id, changed, now);
      if ('stageOverride' in changed) await setProjectStage(ctx.db, id, deriveStage(await listNodes(ctx.db, id), changed.stageOverride ?? null));
      // One undoable edit (Ctrl+Z in the register and 项目详情 takes it back whole).
      await recordEdit(
        ctx,
        'edit',
        Object.entries(changed).map(([field, after]): ChangeInput => ({
          at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field,
          before: before[field as keyof ProjectFields], after,
        })),
      );
    });
    return requireProject(ctx, id);
  },

  async 'projects.archive'({ id, archived }, ctx) {
    await inTransaction(ctx.db, async () => {
      const before = await requireProject(ctx, id);
      if (before.archived === archived) return;
      const now = ctx.clock.now();
      await setArchived(ctx.db, id, archived, now);
      await recordChanges(ctx.db, [{ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field: 'archived', before: before.archived, after: archived }]);
    });
    return requireProject(ctx, id);
  },

  async 'projects.archiveMany'({ ids, archived }, ctx) {
    await inTransaction(ctx.db, async () => {
      const now = ctx.clock.now();
      for (const id of ids) {
        const before = await requireProject(ctx, id);
        if (before.archived === archived) continue;
        await setArchived(ctx.db, id, archived, now);
        await recordChanges(ctx.db, [{ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field: 'archived', before: before.archived, after: archived }]);
      }
    });
    return Promise.all(ids.map((id) => requireProject(ctx, id)));
  },

  async 'projects.bulkSet'({ ids, changes }, ctx) {
    await checkCodedValues(ctx.db, changes);
    await inTransaction(ctx.db, async () => {
      const now = ctx.clock.now();
      const rows: ChangeInput[] = [];
      for (const id of ids) {
        const before = await requireProject(ctx, id);
        const changed = Object.fromEntries(
          Object.entries(changes).filter(([k, v]) => !sameValue(before[k as keyof ProjectFields], v)),
        ) as Partial<ProjectFields>;
        if (Object.keys(changed).length === 0) continue;
        await updateProjectFields(ctx.db, id, changed, now);
        rows.push(...Object.entries(changed).map(([field, after]): ChangeInput => ({
          at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field,
          before: before[field as keyof ProjectFields], after,
        })));
      }
      // The whole bulk set is one undoable edit.
      await recordEdit(ctx, 'bulk', rows);
    });
    return Promise.all(ids.map((id) => requireProject(ctx, id)));
  },
};
