/**
 * Every earlier schema version migrates to the latest with nothing lost. For each version N below
 * the latest, a register is made by running migrations 1…N and filling every table with the
 * sample register's rows (the columns version N has); the app then opens it (migrating as a user's
 * upgrade would) and every row and every value of version N must still be there. New migrations
 * are covered as they land: versions come from the migration files. A migration that changes
 * values on purpose declares it in DELIBERATE below, or this family fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations, migrate, schemaVersion } from '../../electron/db/migrate';
import { openLedger } from '../../electron/services/ledger';
import { fixedClock } from '../../shared/domain/dates';
import type { StressFamily } from './family';
import { check, projectCsv, tempDir, TODAY } from './lib';

type Value = string | number | bigint | Buffer | null;

/** Value changes a migration makes on purpose: migration → table.column → allowed [before, after]. */
const DELIBERATE: Record<number, Record<string, Array<[Value, Value]>>> = {
  // 003: a 0 nobody gave becomes unknown (NULL); the rule reads the history (see the migration).
  3: { 'projects.total_investment': [[0, null]], 'projects.annual_plan': [[0, null]] },
};

interface Column { name: string; type: string; notnull: number; dflt_value: string | null }

function tables(db: Database.Database): string[] {
  return (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as Array<{ name: string }>).map((t) => t.name);
}

function columns(db: Database.Database, table: string): Column[] {
  return db.prepare(`PRAGMA table_info("${table}")`).all() as Column[];
}

/** A NOT NULL column the sample leaves NULL (a later schema allows it): what the old app stored instead. */
function stand_in(c: Column): Value {
  return /INT|REAL|NUM/i.test(c.type) ? 0 : '';
}

/** Copies the sample's rows into the version-N register, column by column; returns rows it could not hold. */
function fill(target: Database.Database, sample: Database.Database): number {
  let refused = 0;
  target.pragma('foreign_keys = OFF');
  target.transaction(() => {
    for (const t of tables(target)) {
      if (!tables(sample).includes(t)) continue;
      const have = new Set(columns(sample, t).map((c) => c.name));
      const cols = columns(target, t).filter((c) => have.has(c.name));
      target.prepare(`DELETE FROM "${t}"`).run();
      const insert = target.prepare(`INSERT INTO "${t}" (${cols.map((c) => `"${c.name}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`);
      for (const row of sample.prepare(`SELECT ${cols.map((c) => `"${c.name}"`).join(', ')} FROM "${t}" ORDER BY rowid`).all() as Array<Record<string, Value>>) {
        try {
          insert.run(cols.map((c) => (row[c.name] === null && c.notnull ? stand_in(c) : row[c.name]) ?? null));
        } catch {
          refused++;
        }
      }
    }
  })();
  const broken = target.pragma('foreign_key_check') as unknown[];
  if (broken.length) throw new Error(`the version ${schemaVersion(target)} fixture has ${broken.length} broken references`);
  return refused;
}

type Snapshot = Record<string, Map<number, Record<string, Value>>>;

function snapshot(db: Database.Database): Snapshot {
  const out: Snapshot = {};
  for (const t of tables(db)) {
    const rows = db.prepare(`SELECT rowid AS __rowid, * FROM "${t}"`).all() as Array<Record<string, Value> & { __rowid: number }>;
    out[t] = new Map(rows.map(({ __rowid, ...rest }) => [__rowid, rest]));
  }
  return out;
}

function allowed(from: number, key: string, before: Value, after: Value): boolean {
  for (const [version, rules] of Object.entries(DELIBERATE)) {
    if (Number(version) <= from) continue;
    if (rules[key]?.some(([b, a]) => b === before && a === after)) return true;
  }
  return false;
}

/** The sample register at the latest schema, plus an import batch with unknown amounts and history. */
async function latestSample(dir: string): Promise<string> {
  const file = path.join(dir, 'sample.sqlite');
  const ledger = await openLedger({ dbPath: file, clock: fixedClock(TODAY), actor: 'stress', seedSampleIfNew: true });
  const csv = projectCsv(120, 'M').replace(/,1001,/, ',待定,').replace(/,1002,/, ',,');
  const file64 = { name: '街道报送.csv', base64: Buffer.from(csv).toString('base64') };
  const inspection = await ledger.send('imports.inspect', { file: file64 });
  await ledger.send('imports.commit', { file: file64, mapping: inspection.mapping, matchKey: 'code', mode: 'upsert' });
  await ledger.close();
  return file;
}

export const migrationsFamily: StressFamily = {
  name: 'migrations',
  budgetMs: 180_000,
  async run() {
    const dir = tempDir();
    const migrations = loadMigrations();
    const latest = migrations.length;
    const sample = new Database(await latestSample(dir), { readonly: true });
    const parts: string[] = [];
    try {
      for (let version = 1; version < latest; version++) {
        const file = path.join(dir, `v${version}`, 'ledger.sqlite');
        fs.mkdirSync(path.dirname(file));
        const old = new Database(file);
        migrate(old, file, migrations.slice(0, version));
        check(schemaVersion(old) === version, `fixture stopped at version ${schemaVersion(old)}, not ${version}`);
        const refused = fill(old, sample);
        const before = snapshot(old);
        const rowCount = Object.values(before).reduce((n, m) => n + m.size, 0);
        check(rowCount > 0 && (before.projects?.size ?? 0) > 100, `the version ${version} fixture holds only ${rowCount} rows`);
        old.close();

        const ledger = await openLedger({ dbPath: file, clock: fixedClock(TODAY), actor: 'stress' });
        check(ledger.migration.from === version && ledger.migration.to === latest, `opened as ${ledger.migration.from} → ${ledger.migration.to}`);
        await ledger.close();
        const upgraded = new Database(file, { readonly: true });
        const after = snapshot(upgraded);
        upgraded.close();
        let changedOnPurpose = 0;
        for (const [table, rows] of Object.entries(before)) {
          const now = after[table];
          check(now, `v${version} → v${latest}: table ${table} is gone`);
          check(now.size === rows.size, `v${version} → v${latest}: ${table} had ${rows.size} rows, now ${now.size}`);
          for (const [rowid, row] of rows) {
            const later = now.get(rowid);
            check(later, `v${version} → v${latest}: ${table} row ${rowid} is gone`);
            for (const [column, value] of Object.entries(row)) {
              check(column in later, `v${version} → v${latest}: column ${table}.${column} is gone`);
              if (later[column] === value) continue;
              check(allowed(version, `${table}.${column}`, value, later[column]!), `v${version} → v${latest}: ${table} row ${rowid} ${column} was ${String(value)}, now ${String(later[column])}`);
              changedOnPurpose++;
            }
          }
        }
        parts.push(`v${version}: ${rowCount} rows in ${Object.keys(before).length} tables kept${changedOnPurpose ? `, ${changedOnPurpose} values changed as migrations declare` : ''}${refused ? `, ${refused} sample rows not representable` : ''}`);
      }
    } finally {
      sample.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
    return `${latest - 1} earlier schema versions migrated to v${latest} with nothing lost — ${parts.join('; ')}`;
  },
};
