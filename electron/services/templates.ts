/** 节点模板 edited in 设置与数据: the projects' schedules already made from a template stay as they are. */

import { inTransaction } from '../db/db';
import { recordChanges } from '../db/queries/changes';
import { deleteTemplate, getTemplate, insertTemplate, listTemplates, templateIdByName, updateTemplate } from '../db/queries/templates';
import { LedgerError } from '../../shared/errors';
import type { HandlerMap } from './context';
import { readSettings, writeSettings } from './settingsStore';

export const templateHandlers: HandlerMap<'templates.save' | 'templates.remove'> = {
  async 'templates.save'({ id, name, steps }, ctx) {
    return inTransaction(ctx.db, async () => {
      const holder = await templateIdByName(ctx.db, name);
      if (holder !== undefined && holder !== id) {
        throw new LedgerError('conflict', `已有名为「${name}」的模板`, `A template named "${name}" exists`, [{ path: 'name', message: '名称已被使用', messageEn: 'name taken' }]);
      }
      const before = id === undefined ? undefined : await getTemplate(ctx.db, id);
      if (id !== undefined && !before) throw new LedgerError('not_found', '找不到该模板（可能已被删除）', 'Template not found (deleted?)');
      const saved = id === undefined ? await insertTemplate(ctx.db, name, steps) : (await updateTemplate(ctx.db, id, name, steps), id);
      await recordChanges(ctx.db, [{
        at: ctx.clock.now(), actor: ctx.actor, entity: 'template', entityId: saved, projectId: null, field: 'steps',
        before: before ? { name: before.name, steps: before.steps } : null, after: { name, steps },
      }]);
      return (await getTemplate(ctx.db, saved))!;
    });
  },

  async 'templates.remove'({ id }, ctx) {
    await inTransaction(ctx.db, async () => {
      const all = await listTemplates(ctx.db);
      const doomed = all.find((t) => t.id === id);
      if (!doomed) throw new LedgerError('not_found', '找不到该模板（可能已被删除）', 'Template not found (deleted?)');
      if (all.length === 1) throw new LedgerError('refused', '这是唯一的节点模板，不能删除', 'The only template cannot be deleted');
      await deleteTemplate(ctx.db, id);
      // The default moves to the first remaining template.
      if ((await readSettings(ctx.db)).defaultTemplateId === id) await writeSettings(ctx.db, { defaultTemplateId: 0 });
      await recordChanges(ctx.db, [{ at: ctx.clock.now(), actor: ctx.actor, entity: 'template', entityId: id, projectId: null, field: 'steps', before: { name: doomed.name, steps: doomed.steps }, after: null }]);
    });
    return listTemplates(ctx.db);
  },
};
