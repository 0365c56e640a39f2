/** Settings are stored per key as JSON; missing keys fall back to the defaults. */

import { readSettingValues, writeSetting } from '../db/queries/codeLists';
import { settingsSchema } from '../../shared/schemas';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/types';
import type { Db } from '../db/db';

export async function readSettings(db: Db): Promise<Settings> {
  const stored = settingsSchema.partial().safeParse(await readSettingValues(db));
  return { ...DEFAULT_SETTINGS, ...(stored.success ? stored.data : {}) };
}

export async function writeSettings(db: Db, changes: Partial<Settings>): Promise<void> {
  for (const [key, value] of Object.entries(changes)) {
    if (value !== undefined) await writeSetting(db, key, value);
  }
}

/** The name the history records: the 操作人 set in 设置与数据, else the computer's user. */
export function actorFor(settings: Settings, ctx: { systemActor?: string | undefined; actor: string }): string {
  return settings.operator.trim() || (ctx.systemActor ?? ctx.actor);
}
