/**
 * Writing an import: one transaction holding the batch row, the new code-list entries, every new
 * and updated project and every audit row (each carrying the batch id). A rejected row refuses the
 * whole file unless the caller asked to skip rejected rows; a crash mid-way leaves none of it.
 */

import { LedgerError } from '../../../shared/errors';
import type { ImportSummary } from '../../../shared/import/types';
import type { CodeListName, ProjectFields } from '../../../shared/domain/types';
import { inTransaction } from '../../db/db';
import { readCodeLists } from '../../db/queries/codeLists';
import { recordChanges, type ChangeInput } from '../../db/queries/changes';
import { appendCodeValues, insertBatch, setBatchCounts } from '../../db/queries/imports';
import { bumpVersion, getProject, insertProjects, listProjects, updateProjectFields } from '../../db/queries/projects';
import { deriveStage } from '../../../shared/domain/stage';
import { completedYearToDate, getMonthly, upsertMonthly } from '../../db/queries/monthly';
import { previousMonthInYear, ytdMonthOf } from '../../../shared/import/ytd';
import type { ServiceContext } from '../context';
import type { ReadImport } from './inspect';
import { planImport, type Plan, type PlanOptions, type YtdContext } from './plan';

const LISTED_PROBLEMS = 10;

/** The 1–N月 figures already recorded for the month the file's 1–N月 column names. */
async function ytdContext(ctx: ServiceContext, read: ReadImport, options: PlanOptions): Promise<YtdContext | null> {
  const column = options.mapping.indexOf('completedYtd');
  if (column < 0) return null;
  const month = ytdMonthOf(read.layout.headers[column] ?? '', ctx.clock.today());
  const before = previousMonthInYear(month);
  return { month, prior: before ? await completedYearToDate(ctx.db, before) : new Map(), through: await completedYearToDate(ctx.db, month) };
}

/** The plan against the register as it stands, with accepted code values counted as listed. */
export async function planAgainst(ctx: ServiceContext, read: ReadImport, options: PlanOptions): Promise<Plan> {
  return planImport(read.layout, options, await readCodeLists(ctx.db, { includeRetired: true }), await listProjects(ctx.db, { includeArchived: true }), ctx.clock.today(), await ytdContext(ctx, read, options));
}

/** Sets month N's completed investment, keeping the month's other figures; its audit row is returned, to be recorded with the others. */
async function writeMonthly(ctx: ServiceContext, projectId: number, monthly: { month: string; completed: number }, now: string, batchId: number): Promise<ChangeInput> {
  const existing = await getMonthly(ctx.db, projectId, monthly.month);
  await upsertMonthly(ctx.db, { projectId, month: monthly.month, planned: existing?.planned ?? 0, completed: monthly.completed, progressNote: existing?.progressNote ?? '', problems: existing?.problems ?? '' });
  return { at: now, actor: ctx.actor, entity: 'monthly', entityId: projectId, projectId, field: `${monthly.month}.completed`, before: existing ? existing.completed : null, after: monthly.completed, batchId };
}

function refusal(plan: Plan, fileName: string): LedgerError | undefined {
  const fileErrors = plan.fileIssues.filter((i) => i.level === 'error');
  if (fileErrors.length) {
    return new LedgerError('invalid_input', `「${fileName}」未导入：${fileErrors.map((i) => i.message).join('；')}`, `"${fileName}" was not imported: ${fileErrors.map((i) => i.messageEn).join('; ')}`);
  }
  const rejected = plan.rows.filter((r) => r.status === 'rejected');
  if (rejected.length === 0) return undefined;
  const problems = rejected.flatMap((r) => r.issues.filter((i) => i.level === 'error'));
  const shown = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length > shown.length ? `\n……另有 ${problems.length - shown.length} 处` : '';
  return new LedgerError(
    'invalid_input',
    `「${fileName}」有 ${rejected.length} 行不能导入，整个文件未导入，台账未作任何改动：\n${shown.map((i) => i.message).join('\n')}${more}`,
    `"${fileName}": ${rejected.length} rows cannot be imported; nothing was written:\n${shown.map((i) => i.messageEn).join('\n')}`,
    shown.map((i) => ({ path: i.field ?? 'file', message: i.message, messageEn: i.messageEn })),
  );
}

/** Rows that disagree with the file's own 合计 go in only when the user accepted the difference. */
function mismatchRefusal(plan: Plan, fileName: string): LedgerError | undefined {
  const { mismatch } = plan.totals;
  if (!mismatch) return undefined;
  return new LedgerError(
    'invalid_input',
    `「${fileName}」未导入：${mismatch.message}。请核对文件；如确认按各项目行导入，请勾选「接受与合计行的差额」（命令行加 --accept-total-mismatch）。`,
    `"${fileName}" was not imported: ${mismatch.messageEn}. Check the file; to import the rows as they are, tick "accept the difference from the total row" (CLI: --accept-total-mismatch).`,
  );
}

export interface CommitOptions extends PlanOptions {
  skipRejected?: boolean | undefined;
  acceptTotalMismatch?: boolean | undefined;
}

export async function commitImport(ctx: ServiceContext, read: ReadImport, options: CommitOptions): Promise<ImportSummary> {
  return await inTransaction(ctx.db, async () => {
    const lists = await readCodeLists(ctx.db, { includeRetired: true });
    const codesAdded = (options.addCodes ?? []).filter((c) => !lists[c.list as CodeListName].includes(c.value)) as ImportSummary['codesAdded'];
    const plan = await planAgainst(ctx, read, options);
    const refused = refusal(plan, read.inspection.fileName);
    if (refused && (!options.skipRejected || plan.fileIssues.some((i) => i.level === 'error'))) throw refused;
    const mismatch = options.acceptTotalMismatch ? undefined : mismatchRefusal(plan, read.inspection.fileName);
    if (mismatch) throw mismatch;

    const now = ctx.clock.now();
    const encoding = read.inspection.encoding ?? `xlsx:${read.inspection.sheet ?? ''}`;
    const batchId = await insertBatch(ctx.db, { fileName: read.inspection.fileName, encoding, mode: options.mode, createdAt: now, actor: ctx.actor });
    // Only values some written row uses become code-list entries.
    const used = codesAdded.filter((c) => plan.rows.some((r) => r.write && (r.write as Record<string, unknown>)[c.list] === c.value));
    for (const list of new Set(used.map((c) => c.list))) {
      await appendCodeValues(ctx.db, list, used.filter((c) => c.list === list).map((c) => c.value));
    }
    await recordChanges(ctx.db, used.map((c) => ({ at: now, actor: ctx.actor, entity: 'code_list', entityId: 0, projectId: null, field: c.list, before: null, after: c.value, batchId })));

    // The new projects in a few multi-row statements (at 30,000 rows, one statement each was most
    // of the commit); the audit rows gathered in file order and written the same way at the end.
    const created = await insertProjects(ctx.db, plan.rows.flatMap((r) => (r.status === 'new' && r.write ? [{ fields: r.write as ProjectFields, stage: deriveStage([], (r.write as ProjectFields).stageOverride) }] : [])), now);
    const audit: ChangeInput[] = [];
    let added = 0;
    let updated = 0;
    for (const row of plan.rows) {
      if (row.status === 'new' && row.write) {
        const fields = row.write as ProjectFields;
        const id = created.get(fields.code);
        if (id === undefined) throw new Error(`import: project ${fields.code} was not inserted`);
        audit.push({ at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field: '*', before: null, after: `新建：${fields.code} ${fields.name}`, batchId });
        if (row.monthly) audit.push(await writeMonthly(ctx, id, row.monthly, now, batchId));
        added++;
      } else if (row.status === 'update' && row.projectId !== null) {
        const id = row.projectId;
        const before = await getProject(ctx.db, id);
        if (!before) continue;
        if (row.write) {
          await updateProjectFields(ctx.db, id, row.write, now);
          audit.push(...Object.entries(row.write).map(([field, after]): ChangeInput => ({
            at: now, actor: ctx.actor, entity: 'project', entityId: id, projectId: id, field, before: before[field as keyof ProjectFields], after, batchId,
          })));
        } else {
          await bumpVersion(ctx.db, id, now);
        }
        if (row.monthly) audit.push(await writeMonthly(ctx, id, row.monthly, now, batchId));
        updated++;
      }
    }
    await recordChanges(ctx.db, audit);
    const rejected = plan.totals.byStatus.rejected;
    await setBatchCounts(ctx.db, batchId, { added, updated, rejected });
    return { batchId, added, updated, unchanged: plan.totals.byStatus.unchanged, rejected, totalInvestment: plan.totals.totalInvestment, codesAdded: used };
  });
}
