/**
 * The day's automatic backup: one copy a day in backups/ (auto-YYYY-MM-DD.sqlite), taken when the
 * app or host opens the register and then hourly while it runs; copies older than the kept days go.
 */

import fs from 'node:fs';
import path from 'node:path';
import { backupTo } from '../db/queries/maintenance';
import { addDays } from '../../shared/domain/dates';
import type { ServiceContext } from './context';
import { readSettings } from './settingsStore';

const AUTO = /^auto-(\d{4}-\d{2}-\d{2})\.sqlite$/;

export function backupsDir(dbPath: string): string {
  return path.join(path.dirname(dbPath), 'backups');
}

/** Writes a backup to `target`, removing a half-written file when it fails (a full disk). */
export async function writeBackup(ctx: ServiceContext, target: string): Promise<void> {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  try {
    await backupTo(ctx.db, target);
  } catch (err) {
    fs.rmSync(target, { force: true });
    throw err;
  }
}

/** Takes today's copy if missing and prunes old ones; returns the copy taken, if any. Never throws. */
export async function runDailyBackup(ctx: ServiceContext): Promise<string | null> {
  // The team register is backed up on the server (pg_dump), not by each app.
  if (ctx.dbPath === ':memory:' || ctx.db.engine !== 'sqlite') return null;
  const settings = await readSettings(ctx.db);
  if (!settings.dailyBackup) return null;
  const today = ctx.clock.today();
  const dir = backupsDir(ctx.dbPath);
  let taken: string | null = null;
  try {
    const target = path.join(dir, `auto-${today}.sqlite`);
    if (!fs.existsSync(target)) {
      await writeBackup(ctx, target);
      taken = target;
    }
    const oldest = addDays(today, -settings.backupKeepDays);
    for (const f of fs.readdirSync(dir)) {
      const day = AUTO.exec(f)?.[1];
      if (day && day < oldest) fs.rmSync(path.join(dir, f), { force: true });
    }
  } catch {
    // A failed automatic copy must not stop the register opening; 设置与数据 shows the backups there are.
  }
  return taken;
}
