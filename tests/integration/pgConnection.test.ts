/**
 * The team database as IT runs it: PostgreSQL restarts (or an administrator ends the sessions)
 * while the team server is up. The server must not fall over, and the next call must work again;
 * a database that is not there is refused in words that say what to do, without the password.
 */
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import { sql } from '../../electron/db/db';
import { newPool, PgDb } from '../../electron/db/postgres/pgDb';
import { translatePostgresError } from '../../electron/db/postgres/pgErrors';
import { TEST_ENGINE, testDatabaseUrl } from '../pg/engine';
import { openTemp, registerFileOf, TODAY } from './helpers';

let ledger: Ledger | undefined;
afterEach(async () => {
  await ledger?.close();
  ledger = undefined;
});

/**
 * Ends every session on the register's database, as `pg_terminate_backend` by an administrator or
 * a restart would. Only that database's: the other test files share the cluster and run meanwhile
 * (ending theirs too failed one of them in CI).
 */
async function endSessionsOf(l: Ledger): Promise<number> {
  const database = new URL(await testDatabaseUrl(registerFileOf(l))).pathname.slice(1);
  const admin = new pg.Client({ connectionString: `${inject('pgBase')}/postgres` });
  await admin.connect();
  try {
    const ended = await admin.query<{ n: string }>('SELECT count(pg_terminate_backend(pid))::text AS n FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND datname = $1', [database]);
    return Number(ended.rows[0]!.n);
  } finally {
    await admin.end();
  }
}

describe.runIf(TEST_ENGINE === 'postgres')('the team database goes away and comes back', () => {
  it('survives its sessions being ended, and the next calls work again', async () => {
    ledger = await openTemp({ seed: true });
    // Several calls at once leave several idle connections in the pool.
    const counts = await Promise.all([1, 2, 3].map(() => ledger!.send('projects.list', {})));
    expect(counts.every((rows) => rows.length === counts[0]!.length)).toBe(true);
    expect(await endSessionsOf(ledger)).toBeGreaterThan(0);
    // Give the ended connections time to report their end to the pool, as they would while nobody works.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await ledger.send('projects.list', {})).length).toBe(counts[0]!.length);
    const created = await ledger.send('projects.create', { code: 'PG-BACK-1', name: '重连后新增的项目' });
    expect((await ledger.send('projects.get', { id: created.id })).project.name).toBe('重连后新增的项目');
  });

  it('refuses a database that does not exist, saying to create it, and never shows the password', async () => {
    const url = new URL(`${inject('pgBase')}/no_such_register`);
    url.username = 'postgres';
    url.password = 's3cret-pass';
    const opening = openLedger({ dbPath: 'unused', databaseUrl: url.toString(), clock: fixedClock(TODAY), actor: 'tester', seedSampleIfNew: false });
    await expect(opening).rejects.toMatchObject({ message: expect.stringMatching(/团队数据库不存在|连不上团队数据库|拒绝登录/) });
    await expect(opening).rejects.not.toMatchObject({ message: expect.stringContaining('s3cret-pass') });
  });

  it('refuses a server that is not running, saying so', async () => {
    const opening = openLedger({ dbPath: 'unused', databaseUrl: 'postgres://ledger:pw@127.0.0.1:1/ledger', clock: fixedClock(TODAY), actor: 'tester', seedSampleIfNew: false });
    await expect(opening).rejects.toMatchObject({ message: expect.stringContaining('连不上团队数据库'), messageEn: expect.stringContaining('Cannot reach the team database') });
  });

  it('a write that waits too long behind another (a big import) is refused with "try again", and goes through after', async () => {
    ledger = await openTemp();
    const other = new PgDb(newPool(await testDatabaseUrl(registerFileOf(ledger))), 300);
    try {
      const write = () => other.transaction(async () => other.run(sql`UPDATE settings SET value = value WHERE key = 'language'`));
      let refusal: unknown;
      await ledger.ctx.db.transaction(async () => {
        await ledger!.ctx.db.run(sql`UPDATE settings SET value = value WHERE key = 'language'`);
        refusal = await write().then(() => null, (err: unknown) => err);
      });
      expect(translatePostgresError(refusal)).toMatchObject({ code: 'refused', message: expect.stringContaining('另一位同事正在保存较多数据'), messageEn: expect.stringContaining('Try again shortly') });
      // The first one done, the same write goes through.
      await expect(write()).resolves.toBeTypeOf('number');
    } finally {
      await other.close();
    }
  });
});
