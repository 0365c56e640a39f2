/**
 * 团队版 groundwork: the PostgreSQL migrations build the same register as the SQLite ones (same
 * tables, columns, NOT NULLs, defaults, keys, foreign keys and indexes), with every money column
 * BIGINT, and migrating twice changes nothing. Runs on a throwaway cluster; skipped with a note
 * where PostgreSQL is not installed, unless LEDGER_REQUIRE_PG=1 (as in CI).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { loadMigrations, migrate } from '../../electron/db/migrate';
import { loadPostgresMigrations, migratePostgres, postgresSchemaVersion } from '../../electron/db/postgres/migrate';
import { postgresBigintColumns, postgresSchemaShape, sqliteSchemaShape } from '../../electron/db/schemaShape';
import { PG_REQUIRED, pgBinDir, startPgCluster, type PgCluster } from '../pg/cluster';

const available = pgBinDir() !== null;
if (!available && !PG_REQUIRED) console.warn('PostgreSQL is not installed: the schema twin test is skipped (CI installs it).');

/** Money in integer 元: BIGINT on PostgreSQL. */
const MONEY_COLUMNS = ['monthly.completed', 'monthly.planned', 'projects.annual_plan', 'projects.cumulative_completed', 'projects.expected_output', 'projects.total_investment'];

describe.runIf(available || PG_REQUIRED)('the SQLite and PostgreSQL schemas are twins', () => {
  let cluster: PgCluster;
  let client: pg.Client;
  beforeAll(async () => {
    cluster = await startPgCluster();
    client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
  }, 120_000);
  afterAll(async () => {
    await client?.end();
    cluster?.stop();
  });

  it('migrates a new team database to the same shape as a new SQLite register', async () => {
    const sqlite = openDatabase(':memory:');
    migrate(sqlite, ':memory:');
    const expected = sqliteSchemaShape(sqlite);
    sqlite.close();

    expect(await migratePostgres(client)).toEqual({ from: 0, to: loadMigrations().length });
    const actual = await postgresSchemaShape(client);
    delete actual['ledger_schema'];
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const table of Object.keys(expected)) expect({ table, ...actual[table] }).toEqual({ table, ...expected[table] });
    expect(await postgresBigintColumns(client)).toEqual(MONEY_COLUMNS);
  });

  it('starts at the SQLite version of its baseline and migrating again changes nothing', async () => {
    expect(loadPostgresMigrations().at(-1)!.version).toBe(loadMigrations().length);
    const before = await postgresSchemaShape(client);
    expect(await migratePostgres(client)).toEqual({ from: loadMigrations().length, to: loadMigrations().length });
    expect(await postgresSchemaShape(client)).toEqual(before);
    expect(await postgresSchemaVersion(client)).toBe(loadMigrations().length);
  });

  it('keeps 139亿元 exact through BIGINT and refuses a negative amount as SQLite does', async () => {
    await client.query(`INSERT INTO projects (code, name, total_investment, created_at, updated_at) VALUES ('WL-1', '卫蓝新能源', 13900000000, '2026-12-01', '2026-12-01')`);
    const row = (await client.query<{ total_investment: string }>(`SELECT total_investment FROM projects WHERE code = 'WL-1'`)).rows[0]!;
    // The driver hands BIGINT over as a string: exact, to be parsed by the engine's query layer.
    expect(row.total_investment).toBe('13900000000');
    await expect(client.query(`INSERT INTO projects (code, name, total_investment, created_at, updated_at) VALUES ('N-1', '负数', -1, '2026-12-01', '2026-12-01')`)).rejects.toThrow(/check constraint/);
  });
});
