/**
 * Times are stored as UTC instants and shown on the reader's clock: with the OS in Asia/Shanghai a
 * change stored at 08:34Z reads 16:34 in service messages and in the CLI, never 08:34.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { formatLocalDateTime } from '../../shared/domain/localTime';
import { TODAY, tempDir, runLedgerCli } from './helpers';

// The process's time zone, as the OS would give it; child processes inherit it.
process.env.TZ = 'Asia/Shanghai';

const STORED = '2026-11-22T08:34:00.000Z';

const ledgerCli = (...args: string[]) => runLedgerCli(args, { ...process.env, TZ: 'Asia/Shanghai' });

let ledger: Ledger | undefined;
afterEach(() => ledger?.close());

describe('local time in Asia/Shanghai', () => {
  it('formats a stored UTC instant on the local clock, across midnight too', () => {
    expect(formatLocalDateTime(STORED)).toBe('2026-11-22 16:34');
    expect(formatLocalDateTime(STORED, { seconds: true })).toBe('2026-11-22 16:34:00');
    expect(formatLocalDateTime('2026-11-22T20:05:09.000Z', { seconds: true })).toBe('2026-11-23 04:05:09');
  });

  it('names the local time in the "changed elsewhere" message', async () => {
    ledger = await openLedger({
      dbPath: path.join(tempDir(), 'ledger.sqlite'),
      clock: { today: () => TODAY, now: () => STORED },
      actor: 'tester',
      seedSampleIfNew: false,
    });
    const created = await ledger.send('projects.create', { code: 'T-1', name: '测试项目' });
    await ledger.send('projects.update', { id: created.id, version: created.version, changes: { leader: '王区长' } });
    const [template] = await ledger.send('templates.list', {});
    const stale = ledger.send('nodes.applyTemplate', { projectId: created.id, templateId: template!.id, start: '2026-06-01', version: created.version });
    await expect(stale).rejects.toMatchObject({ body: { code: 'conflict', message: expect.stringContaining('tester 于 2026-11-22 16:34 已保存'), messageEn: expect.stringContaining('saved it at 2026-11-22 16:34') } });
  });

  it('lists import batches and refuses an undo with local times in the CLI', async () => {
    // The register is made in-process; only the command under test runs as a process (each start costs seconds).
    const db = path.join(tempDir(), 'cli.sqlite');
    ledger = await openLedger({ dbPath: db, clock: { today: () => TODAY, now: () => STORED }, actor: 'tester', seedSampleIfNew: false });
    const csv = '项目编号,项目名称\nL-1,本地时间项目\n';
    const file = { name: 'local.csv', base64: Buffer.from(csv, 'utf8').toString('base64') };
    const inspection = await ledger.send('imports.inspect', { file });
    await ledger.send('imports.commit', { file, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' });
    const [project] = await ledger.send('projects.list', {});
    await ledger.send('projects.update', { id: project!.id, version: project!.version, changes: { leader: '王区长' } });
    await ledger.close();
    ledger = undefined;
    const raw = new Database(db);
    raw.prepare('UPDATE changes SET at = ? WHERE id = (SELECT max(id) FROM changes)').run('2026-11-22T09:10:00.000Z');
    raw.close();
    const listed = ledgerCli('undo-import', '--db', db);
    expect(listed.out).toMatch(/^\s+1 {2}2026-11-22 16:34 {2}local\.csv/m);
    const refused = ledgerCli('undo-import', '1', '--db', db);
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('（2026-11-22 17:10，');
  }, 180_000);
});
