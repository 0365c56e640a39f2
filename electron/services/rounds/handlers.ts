/** 月度调度 下发与回收 handlers: round status, templates out, returns previewed and merged. */

import { randomUUID } from 'node:crypto';
import { inTransaction } from '../../db/db';
import { insertRound, returnsOfMonth, roundsOfMonth, unitsWithProjects } from '../../db/queries/fillRounds';
import { readSettings } from '../settingsStore';
import { fillScopeUnits } from '../team/scopeFilter';
import { LedgerError } from '../../../shared/errors';
import { templateFileName } from '../../../shared/rounds/fileName';
import { ROUND_SCOPE_LABELS, type RoundStatus, type TemplateFile, type UnitRoundStatus } from '../../../shared/rounds/types';
import type { HandlerMap } from '../context';
import { XLSX_MIME } from '../reports/index';
import { commitCollect } from './collect';
import { planCollect } from './collectPlan';
import { readReturnedTemplate } from './readTemplate';
import { templateProjects } from './templateData';
import { templateWorkbook } from './writeTemplate';

function fileBytes(base64: string): Uint8Array {
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

export const roundHandlers: HandlerMap<'rounds.status' | 'rounds.templates' | 'rounds.preview' | 'rounds.collect'> = {
  async 'rounds.status'({ month, scope }, ctx) {
    const sent = new Map((await roundsOfMonth(ctx.db, month, scope)).map((r) => [r.unit, r]));
    const returned = new Map((await returnsOfMonth(ctx.db, month, scope)).map((r) => [r.unit, r]));
    const current = await unitsWithProjects(ctx.db, scope);
    // Units sent a template whose projects have since moved away still show, with 0 projects.
    const everyUnit = [...current.map((u) => u.unit), ...[...sent.keys()].filter((u) => !current.some((c) => c.unit === u))];
    // A 填报 follows their own unit's round, not who else in the district is late.
    const own = fillScopeUnits(ctx, scope);
    const names = own ? everyUnit.filter((u) => own.has(u)) : everyUnit;
    const units: UnitRoundStatus[] = names.map((unit) => {
      const s = sent.get(unit);
      const r = returned.get(unit);
      return {
        unit,
        projects: current.find((c) => c.unit === unit)?.projects ?? 0,
        sentAt: s?.sentAt ?? null,
        sentCount: s?.sentCount ?? 0,
        returned: r ? { at: r.at, batchId: r.batchId, fileName: r.fileName, reporter: r.reporter } : null,
      };
    });
    const status: RoundStatus = { month, scope, units, outstanding: units.filter((u) => u.sentAt && !u.returned).map((u) => u.unit) };
    return status;
  },

  async 'rounds.templates'({ month, scope, units }, ctx) {
    const available = await unitsWithProjects(ctx.db, scope);
    const chosen = units ?? available.map((u) => u.unit);
    const unknown = chosen.filter((u) => !available.some((a) => a.unit === u));
    if (unknown.length) {
      const label = ROUND_SCOPE_LABELS[scope];
      throw new LedgerError('invalid_input', `没有在建项目属于${label.zh}「${unknown.join('」「')}」，无法生成填报模板`, `No active project belongs to ${label.en} "${unknown.join('", "')}"; no template made`);
    }
    if (chosen.length === 0) throw new LedgerError('invalid_input', '台账中没有可下发的项目', 'The register has no projects to send');
    const issuedBy = (await readSettings(ctx.db)).reportingUnit;
    const now = ctx.clock.now();
    const files: TemplateFile[] = [];
    for (const unit of chosen) {
      const projects = await templateProjects(ctx, month, scope, unit);
      const templateId = randomUUID();
      const bytes = await templateWorkbook({ templateId, month, scope, unit, issuedBy }, projects, now);
      files.push({ unit, fileName: templateFileName(unit, month), mimeType: XLSX_MIME, base64: Buffer.from(bytes).toString('base64'), projects: projects.length, templateId });
    }
    // Recorded only once every workbook was made: a failure leaves no round that was never sent.
    await inTransaction(ctx.db, async () => {
      for (const f of files) await insertRound(ctx.db, { templateId: f.templateId, month, scope, unit: f.unit, projects: f.projects, sentAt: now, actor: ctx.actor });
    });
    return files;
  },

  async 'rounds.preview'({ file, month }, ctx) {
    const tpl = await readReturnedTemplate(file.name, fileBytes(file.base64));
    return (await planCollect(ctx, file.name, tpl, month)).preview;
  },

  async 'rounds.collect'({ file, month }, ctx) {
    const tpl = await readReturnedTemplate(file.name, fileBytes(file.base64));
    return commitCollect(ctx, file.name, tpl, month);
  },
};
