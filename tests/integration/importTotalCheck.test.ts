/**
 * A file whose project rows do not add up to its own 合计 row is not imported unless the user
 * accepts the difference: the refusal names both figures and the gap. The check is the file
 * against itself (rows against 合计), never the register against the file, so an update-mode
 * import of a consistent file passes however much of it the register already holds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { ApiCallError } from '../../shared/errors';
import { openTemp, tableCounts } from './helpers';

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

const csv = (name: string, lines: string[]) => ({ name, base64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') });
const HEADER = '项目编号,项目名称,建设单位,总投资（万元）';

async function plan(l: Ledger, file: { name: string; base64: string }, mode: 'add' | 'update' | 'upsert' = 'upsert') {
  const inspection = await l.send('imports.inspect', { file });
  return { file, mapping: inspection.mapping, matchKey: 'code' as const, mode };
}

async function refusal(promise: Promise<unknown>): Promise<ApiCallError> {
  const err = await promise.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiCallError);
  return err as ApiCallError;
}

describe('rows against the file’s own 合计', () => {
  it('refuses a file whose rows fall short of its 合计, naming the difference; imports it once the difference is accepted', async () => {
    ledger = await openTemp();
    const file = csv('短了.csv', [HEADER, '合计,,,350', 'T-1,甲项目,甲公司,100', 'T-2,乙项目,乙公司,200.5']);
    const options = await plan(ledger, file);
    const preview = await ledger.send('imports.preview', options);
    expect(preview.totals).toMatchObject({ fileTotal: 3_500_000, rowsTotal: 3_005_000 });
    expect(preview.totals.mismatch).toMatchObject({ difference: -495_000, rowsWithoutTotal: 0 });
    expect(preview.totals.mismatch!.message).toBe('各项目行总投资之和 300.5 万元，比文件合计行的 350 万元少 49.5 万元（495,000 元）');

    const before = tableCounts(ledger);
    const err = await refusal(ledger.send('imports.commit', options));
    expect(err.body.message).toContain('「短了.csv」未导入：各项目行总投资之和 300.5 万元，比文件合计行的 350 万元少 49.5 万元');
    expect(err.body.message).toContain('接受与合计行的差额');
    expect(err.body.messageEn).toContain("49.5 CNY 10k less than the file's total row");
    expect(tableCounts(ledger)).toEqual(before);

    const summary = await ledger.send('imports.commit', { ...options, acceptTotalMismatch: true });
    expect(summary).toMatchObject({ added: 2, totalInvestment: 3_005_000 });
  });

  it('counts rows whose 总投资 is empty or unreadable apart, and names them', async () => {
    ledger = await openTemp();
    const file = csv('缺数.csv', [HEADER, 'T-1,甲项目,甲公司,100', 'T-2,乙项目,乙公司,', 'T-3,丙项目,丙公司,百亿级', '合计,,,300']);
    const preview = await ledger.send('imports.preview', await plan(ledger, file));
    expect(preview.totals.mismatch).toMatchObject({ difference: -2_000_000, rowsWithoutTotal: 2 });
    expect(preview.totals.mismatch!.message).toContain('其中 2 行总投资未填或无法读取，未计入');
    await refusal(ledger.send('imports.commit', await plan(ledger, file)));
  });

  it('in update mode holds the file’s rows against its 合计, not the register against the file', async () => {
    ledger = await openTemp();
    await ledger.send('imports.commit', await plan(ledger, csv('一个.csv', [HEADER, 'T-1,甲项目,甲公司,100'])));
    // The register holds one of the three; the file is consistent with itself, so it goes in.
    const whole = csv('全部.csv', [HEADER, '合计,,,600', 'T-1,甲项目,甲公司,150', 'T-2,乙项目,乙公司,200', 'T-3,丙项目,丙公司,250']);
    const preview = await ledger.send('imports.preview', await plan(ledger, whole, 'update'));
    expect(preview.totals.mismatch).toBeNull();
    expect(preview.totals.byStatus).toMatchObject({ update: 1, unchanged: 2 });
    expect(await ledger.send('imports.commit', await plan(ledger, whole, 'update'))).toMatchObject({ updated: 1 });
    // The same rows under a 合计 that does not add up are refused in update mode too.
    const wrong = csv('不符.csv', [HEADER, '合计,,,500', 'T-1,甲项目,甲公司,150', 'T-2,乙项目,乙公司,200', 'T-3,丙项目,丙公司,250']);
    const err = await refusal(ledger.send('imports.commit', await plan(ledger, wrong, 'update')));
    expect(err.body.message).toContain('比文件合计行的 500 万元多 100 万元');
  });

  it('has nothing to check in a file without a 合计 row', async () => {
    ledger = await openTemp();
    const preview = await ledger.send('imports.preview', await plan(ledger, csv('无合计.csv', [HEADER, 'T-1,甲项目,甲公司,100'])));
    expect(preview.totals).toMatchObject({ fileTotal: null, mismatch: null, rowsTotal: 1_000_000 });
  });
});
