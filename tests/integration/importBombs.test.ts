/**
 * Zip bombs and oversized workbooks are refused while they are inflated, by the bytes and rows
 * they really hold, not by what their headers declare; the refusal names the file and the limit.
 * (Memory and time of each refusal are measured in a child process by `npm run test:stress`.)
 */
import { afterEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../shared/errors';
import type { Ledger } from '../../electron/services/ledger';
import { blankBomb, listWorkbook, sharedStringsBomb } from '../fixtures/xlsxBuild';
import { openTemp } from './helpers';

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

async function inspect(name: string, bytes: Buffer) {
  ledger ??= await openTemp();
  return ledger.send('imports.inspect', { file: { name, base64: bytes.toString('base64') } });
}

async function refusal(name: string, bytes: Buffer): Promise<ApiCallError> {
  const err = await inspect(name, bytes).then(() => undefined, (e: unknown) => e);
  if (!(err instanceof ApiCallError)) throw new Error(`expected a refusal of ${name}, got ${String(err)}`);
  return err;
}

describe('workbooks bigger inside than they look', () => {
  it('a sheet that inflates to 250 MB while declaring 4 KB is refused at the 200 MB cap, naming the file', async () => {
    const bomb = blankBomb(250, { lie: true });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const err = await refusal('街道报送.xlsx', bomb);
    expect(err.body.code).toBe('refused');
    expect(err.body.message).toBe('「街道报送.xlsx」解压后超过 200 MB（导入上限），可能是异常文件，已拒绝');
    expect(err.body.messageEn).toContain('"街道报送.xlsx" unpacks to more than the 200 MB import limit');
  });

  it('a sheet of 50,001 rows is refused by counting rows while inflating, naming the file and the sheet', async () => {
    const err = await refusal('全区清单.xlsx', listWorkbook(50_001, '2026年项目'));
    expect(err.body.message).toBe('「全区清单.xlsx」的工作表「2026年项目」超过 50000 行（导入上限），请拆分后分批导入');
    expect(err.body.messageEn).toContain('more than 50000 rows');
  });

  it('a sheet of exactly 50,000 rows (header included) is read whole', async () => {
    const inspection = await inspect('全区清单.xlsx', listWorkbook(50_000));
    expect(inspection.dataRows).toBe(49_999);
    expect(inspection.columns.map((c) => c.header)).toEqual(['项目名称', '建设单位', '总投资（万元）']);
  });

  it('a million and one shared strings are refused before exceljs holds them', async () => {
    const err = await refusal('文本.xlsx', sharedStringsBomb(1_000_001));
    expect(err.body.message).toContain('「文本.xlsx」含有超过 1000000 个不同的文本（导入上限）');
  });
});
