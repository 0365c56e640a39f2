/** 数据: information, integrity check, backup, the sample register, generated registers, clearing. */

import fs from 'node:fs';
import path from 'node:path';
import { inTransaction } from '../db/db';
import { clearRegister, foreignKeyCheck, integrityCheck } from '../db/queries/maintenance';
import { countProjects, findProjectByCode, findProjectByNationalCode, listProjectIds } from '../db/queries/projects';
import { recordChanges } from '../db/queries/changes';
import { writeSetting } from '../db/queries/codeLists';
import { registerSchemaVersion } from '../db/registerSchema';
import { LedgerError } from '../../shared/errors';
import type { HandlerMap, ServiceContext } from './context';
import { insertProjectGraph, type ProjectGraph } from './projectGraph';
import { readSampleRegister, sampleGraphs } from './sampleRegister';
import { generateRegister } from './generate';
import { writeBackup } from './dailyBackup';
import { latestMonthWithFigures } from '../db/queries/home';
import { defaultReportingMonth } from '../../shared/domain/reportingMonth';
import { fillScopeIds } from './team/scopeFilter';

/** Settings key set once the sample register was loaded, so a cleared register is not refilled. */
export const SAMPLE_FLAG = 'sampleLoaded';

/** Inserts graphs in one transaction, refusing when any code is already in the register. */
export async function insertGraphs(ctx: ServiceContext, graphs: ProjectGraph[]): Promise<number> {
  return await inTransaction(ctx.db, async () => {
    let clash: ProjectGraph | undefined;
    for (const g of graphs) {
      const { code, nationalCode } = g.fields;
      if ((await findProjectByCode(ctx.db, code)) || (nationalCode && (await findProjectByNationalCode(ctx.db, nationalCode)))) {
        clash = g;
        break;
      }
    }
    if (clash) {
      throw new LedgerError(
        'conflict',
        `项目编号「${clash.fields.code}」（或其项目代码）已在台账中，未写入任何项目。请先清空台账或换一个数据库。`,
        `Project code "${clash.fields.code}" (or its national code) is already in the register; nothing was written. Clear the register or use another database.`,
      );
    }
    for (const g of graphs) await insertProjectGraph(ctx, g);
    return graphs.length;
  });
}

function defaultBackupPath(ctx: ServiceContext): string {
  const stamp = ctx.clock.now().replace(/[:.]/g, '-').slice(0, 19);
  return path.join(path.dirname(ctx.dbPath), 'backups', `${path.basename(ctx.dbPath, '.sqlite')}-${stamp}.sqlite`);
}

/** 在库项目 as the caller sees the register: a 填报 counts their own area's or unit's projects. */
async function projectCountsSeenBy(ctx: ServiceContext): Promise<{ active: number; archived: number }> {
  const scope = await fillScopeIds(ctx);
  if (!scope) return countProjects(ctx.db);
  const active = (await listProjectIds(ctx.db, {})).filter((id) => scope.has(id)).length;
  return { active, archived: scope.size - active };
}

export const dataHandlers: HandlerMap<'data.info' | 'data.check' | 'data.backup' | 'data.seedSample' | 'data.generate' | 'data.clear'> = {
  async 'data.info'(_args, ctx) {
    const counts = await projectCountsSeenBy(ctx);
    return {
      databasePath: ctx.dbPath,
      schemaVersion: await registerSchemaVersion(ctx.db),
      projectCount: counts.active,
      archivedCount: counts.archived,
      appVersion: ctx.appVersion,
      today: ctx.clock.today(),
      reportingMonth: defaultReportingMonth(ctx.clock.today(), await latestMonthWithFigures(ctx.db)),
      systemUser: ctx.systemActor ?? ctx.actor,
    };
  },

  async 'data.check'(_args, ctx) {
    const integrity = await integrityCheck(ctx.db);
    const foreignKeys = await foreignKeyCheck(ctx.db);
    return { ok: integrity.length === 1 && integrity[0] === 'ok' && foreignKeys.length === 0, integrity, foreignKeys, schemaVersion: await registerSchemaVersion(ctx.db) };
  },

  async 'data.backup'({ out }, ctx) {
    if (ctx.db.engine !== 'sqlite') {
      throw new LedgerError('refused', '团队版的台账保存在 PostgreSQL 中，请由管理员在服务器上用 pg_dump 备份（见使用说明“团队版”）。', 'The team register lives in PostgreSQL: back it up on the server with pg_dump (see the README, team edition).');
    }
    const target = path.resolve(out ?? defaultBackupPath(ctx));
    if (fs.existsSync(target)) {
      throw new LedgerError('refused', `备份文件已存在，未覆盖：${target}`, `The backup file exists and was not overwritten: ${target}`);
    }
    await writeBackup(ctx, target);
    return { path: target };
  },

  async 'data.seedSample'(_args, ctx) {
    const graphs = sampleGraphs(readSampleRegister(ctx.resourcesDir));
    const projects = await inTransaction(ctx.db, async () => {
      await writeSetting(ctx.db, SAMPLE_FLAG, true);
      return insertGraphs(ctx, graphs);
    });
    return { projects };
  },

  async 'data.generate'({ projects, seed }, ctx) {
    return { projects: await insertGraphs(ctx, generateRegister(projects, seed ?? 1, ctx.clock.today())) };
  },

  async 'data.clear'(_args, ctx) {
    const removed = await inTransaction(ctx.db, async () => {
      const n = await clearRegister(ctx.db);
      await recordChanges(ctx.db, [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'register', entityId: 0, projectId: null, field: '*', before: `${n}个项目`, after: '已清空' }]);
      return n;
    });
    return { removed };
  },
};
