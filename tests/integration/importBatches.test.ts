/**
 * An import of thousands of rows is written in multi-row statements (issue 17), cut below both
 * engines' limits on bound parameters: every project gets its own audit row naming it, in file
 * order, and a failure in a late statement still leaves nothing written.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp, refuseWrites, rowsOf, tableCounts } from './helpers';

const ROWS = 2500;

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

function csv(total: (i: number) => number): { name: string; base64: string } {
  const lines = ['项目编号,项目名称,建设单位,总投资（万元）'];
  for (let i = 1; i <= ROWS; i++) lines.push(`B-${String(i).padStart(4, '0')},批量项目${i},批量公司${i % 7},${total(i)}`);
  return { name: 'batch.csv', base64: Buffer.from(lines.join('\n'), 'utf8').toString('base64') };
}

async function commit(l: Ledger, file: { name: string; base64: string }) {
  const inspection = await l.send('imports.inspect', { file });
  return await l.send('imports.commit', { file, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' });
}

describe('导入 of thousands of rows', () => {
  it('adds every row with its own audit row, in file order, and updates them all in a second batch', async () => {
    ledger = await openTemp();
    const first = await commit(ledger, csv((i) => i));
    expect(first).toMatchObject({ added: ROWS, updated: 0, rejected: 0 });
    const projects = await rowsOf<{ id: number; code: string; total_investment: number }>(ledger, `SELECT id, code, total_investment FROM projects WHERE code LIKE 'B-%' ORDER BY id`);
    expect(projects.map((p) => p.code)).toEqual(Array.from({ length: ROWS }, (_, i) => `B-${String(i + 1).padStart(4, '0')}`));
    expect(projects.map((p) => Number(p.total_investment))).toEqual(Array.from({ length: ROWS }, (_, i) => (i + 1) * 10_000));
    // Each 新建 row is about the project it names, and they follow the file's order.
    const created = await rowsOf<{ entity_id: number; after: string }>(ledger, `SELECT entity_id, after FROM changes WHERE batch_id = ? ORDER BY id`, first.batchId);
    expect(created).toHaveLength(ROWS);
    expect(created.map((c) => [Number(c.entity_id), c.after])).toEqual(projects.map((p, i) => [Number(p.id), `新建：${p.code} 批量项目${i + 1}`]));

    // Two fields of every project: 5,000 audit rows, more than one statement holds.
    const lines = ['项目编号,项目名称,建设单位,总投资（万元）'];
    for (let i = 1; i <= ROWS; i++) lines.push(`B-${String(i).padStart(4, '0')},批量项目${i}（改）,批量公司${i % 7},${i * 2}`);
    const second = await commit(ledger, { name: 'batch2.csv', base64: Buffer.from(lines.join('\n'), 'utf8').toString('base64') });
    expect(second).toMatchObject({ added: 0, updated: ROWS });
    const audit = await rowsOf<{ field: string; n: number }>(ledger, `SELECT field, count(*) AS n FROM changes WHERE batch_id = ? GROUP BY field ORDER BY field`, second.batchId);
    expect(audit.map((a) => [a.field, Number(a.n)])).toEqual([['name', ROWS], ['totalInvestment', ROWS]]);
  }, 120_000);

  it('writes nothing when a late statement of the batch fails', async () => {
    ledger = await openTemp();
    const before = await tableCounts(ledger);
    // A row of the last slice of projects fails inside the database, as a full disk would.
    await refuseWrites(ledger, 'projects', 'INSERT', `NEW.code = 'B-2400'`);
    await expect(commit(ledger, csv((i) => i))).rejects.toThrow();
    expect(await tableCounts(ledger)).toEqual(before);
    expect(await rowsOf(ledger, 'SELECT id FROM import_batches')).toEqual([]);
  }, 120_000);
});
