/**
 * A street's list as it really arrives (messy-list.xlsx): every 总投资 either exact to the 元 or
 * visibly unknown with a warning naming row and column, every date the day written or left out with
 * a warning, every assumption named in the preview, and the sign-off block skipped, never a project.
 */
import { sqliteHandle } from '../../electron/db/sqliteDb';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp } from './helpers';
import { MESSY_LIST_ROWS } from '../fixtures/import/spec';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/import');
const file = { name: 'messy-list.xlsx', base64: fs.readFileSync(path.join(FIXTURES, 'messy-list.xlsx')).toString('base64') };
/** Title, 填报单位 line, header: the first project is on row 4. */
const FIRST_LINE = 4;

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

async function previewOf(l: Ledger) {
  const inspection = await l.send('imports.inspect', { file });
  const input = { file, mapping: inspection.mapping, matchKey: 'code' as const, mode: 'add' as const };
  return { inspection, input, preview: await l.send('imports.preview', input) };
}

describe('messy-list.xlsx', () => {
  it('lists the sign-off block and the note under the table as skipped notes, never as projects or errors', async () => {
    ledger = await openTemp();
    const { inspection, preview } = await previewOf(ledger);
    expect(inspection.tableUnit).toBe('万元');
    expect(inspection.dataRows).toBe(MESSY_LIST_ROWS.length);
    const footerStart = FIRST_LINE + MESSY_LIST_ROWS.length + 1;
    expect(inspection.skippedRows).toEqual([
      { line: footerStart, kind: 'note', text: '注：金额单位为万元，开工时间为计划时间。' },
      { line: footerStart + 1, kind: 'note', text: '填表人：张三 审核人：李四 联系电话：0572-2345678 填报日期：2026年11月20日' },
      { line: footerStart + 2, kind: 'note', text: '制表：吴兴区发改局' },
    ]);
    expect(preview.rows.map((r) => r.name)).toEqual(MESSY_LIST_ROWS.map((r) => r.name));
    expect(preview.totals.byStatus).toMatchObject({ new: MESSY_LIST_ROWS.length, rejected: 0 });
  });

  it('gives every 总投资 exactly, or unknown with a warning naming the row and column', async () => {
    ledger = await openTemp();
    const { preview } = await previewOf(ledger);
    MESSY_LIST_ROWS.forEach((spec, i) => {
      const row = preview.rows[i]!;
      expect(row.line, spec.name).toBe(FIRST_LINE + i);
      expect(row.totalInvestment, spec.name).toBe(spec.totalYuan);
      if (spec.totalYuan === null) {
        expect(row.issues.some((issue) => issue.level === 'warning' && issue.message.startsWith(`第${row.line}行「总投资（万元）」：`)), spec.name).toBe(true);
      }
    });
    const known = MESSY_LIST_ROWS.reduce((sum, r) => sum + (r.totalYuan ?? 0), 0);
    expect(preview.totals.totalInvestment).toBe(known);
  });

  it('names every assumption in the preview, and nothing else', async () => {
    ledger = await openTemp();
    const { preview } = await previewOf(ledger);
    MESSY_LIST_ROWS.forEach((spec, i) => {
      const row = preview.rows[i]!;
      const messages = row.issues.map((issue) => issue.message);
      expect(messages, spec.name).toHaveLength(spec.warnings.length);
      spec.warnings.forEach((fragment, n) => {
        expect(messages[n], spec.name).toContain(fragment);
        expect(messages[n], spec.name).toMatch(new RegExp(`^第${row.line}行「(总投资（万元）|开工时间)」：`));
      });
      expect(row.issues.every((issue) => issue.level === 'warning' && issue.messageEn.startsWith(`row ${row.line}, column "`)), spec.name).toBe(true);
    });
  });

  it('commits the days written, date-times by their date, and no date where none was given', async () => {
    ledger = await openTemp();
    const { input } = await previewOf(ledger);
    const summary = await ledger.send('imports.commit', input);
    expect(summary).toMatchObject({ added: MESSY_LIST_ROWS.length, rejected: 0 });
    const stored = sqliteHandle(ledger.ctx.db).prepare('SELECT code, name, planned_start AS start FROM projects ORDER BY code').all() as Array<{ code: string; name: string; start: string | null }>;
    expect(stored).toEqual(MESSY_LIST_ROWS.map((r) => ({ code: r.code, name: r.name, start: r.startIso })));
    const amounts = sqliteHandle(ledger.ctx.db).prepare('SELECT code, total_investment AS total FROM projects ORDER BY code').all() as Array<{ code: string; total: number | null }>;
    for (const spec of MESSY_LIST_ROWS.filter((r) => r.totalYuan !== null)) {
      expect(amounts.find((a) => a.code === spec.code)?.total, spec.code).toBe(spec.totalYuan);
    }
  });
});
