/**
 * Issue 18's bench line: `list` and `rollup` (chain, area, chain×area) at 30,000 projects on
 * PostgreSQL, beside their floor on the same engine (the bare SELECT + JSON, the bare GROUP BY
 * through `pg`), on a throwaway cluster started and stopped here as the tests' is. Without
 * PostgreSQL installed, the figures say so (ms: null) and the run goes on.
 */
import pg from 'pg';
import { importSqliteIntoPostgres } from '../electron/db/postgres/copyRegister';
import { openLedger } from '../electron/services/ledger';
import { fixedClock } from '../shared/domain/dates';
import { pgBinDir, startPgCluster } from '../tests/pg/cluster';
import { failedFigure, once, sizeTag, type Figure } from './figures';
import { BENCH_TODAY, groupBySql, listAndRollupFigures } from './serviceFigures';

export function pgIds(n: number): string[] {
  const tag = sizeTag(n);
  return [`list-${tag}-pg`, `rollup-chain-${tag}-pg`, `rollup-area-${tag}-pg`, `rollup-chain-area-${tag}-pg`];
}

/** `sqliteFile`: the bench's generated register, copied as `ledger team import-sqlite` does, so both engines hold the same rows. */
export async function pgFigures(n: number, runs: number, sqliteFile: string): Promise<Figure[]> {
  if (!pgBinDir()) return pgIds(n).map((id) => failedFigure(id, 'PostgreSQL is not installed here (/usr/lib/postgresql/*/bin/initdb not found)'));
  const cluster = await startPgCluster();
  // A run stopped by a signal still stops its cluster (the cluster's own hook runs only on exit).
  const onSignal = () => { cluster.stop(); process.exit(1); };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    const copyMs = await once(() => importSqliteIntoPostgres(sqliteFile, client));
    console.log(`  (PostgreSQL: the ${n}-project register copied in ${(copyMs / 1000).toFixed(1)} s)`);
    await client.query('ANALYZE');
    // dbPath names no file here: with databaseUrl the register is the PostgreSQL database.
    const ledger = await openLedger({ dbPath: ':memory:', databaseUrl: cluster.url, clock: fixedClock(BENCH_TODAY) });
    try {
      const out = await listAndRollupFigures(ledger, n, runs, {
        list: async () => JSON.stringify((await client.query('SELECT * FROM projects WHERE archived = 0')).rows),
        groupBy: (cols) => client.query(groupBySql(cols)),
        suffix: '-pg',
        engine: 'PostgreSQL: ',
      });
      return out;
    } finally {
      await client.end();
      await ledger.close();
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    cluster.stop();
  }
}
