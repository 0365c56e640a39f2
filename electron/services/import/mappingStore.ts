/** Saved header mappings, kept in `settings` under one key and found again by the file's exact headers. */

import { readSettingValues, writeSetting } from '../../db/queries/codeLists';
import type { Db } from '../../db/db';
import { IMPORT_FIELDS, normaliseHeader, type ImportField } from '../../../shared/import/fields';

const KEY = 'import.mappings';
/** Enough for every street's and department's own layout; the oldest is dropped beyond it. */
const MAX_SAVED = 100;

type Saved = Record<string, Array<ImportField | null>>;

/** Headers compared as the user reads them: spacing, bracket width and units do not make a new layout. */
export function headerSignature(headers: string[]): string {
  return headers.map(normaliseHeader).join('|');
}

async function readSaved(db: Db): Promise<Saved> {
  const raw = (await readSettingValues(db))[KEY];
  return raw && typeof raw === 'object' ? (raw as Saved) : {};
}

export async function findSavedMapping(db: Db, headers: string[]): Promise<Array<ImportField | null> | undefined> {
  const saved = (await readSaved(db))[headerSignature(headers)];
  if (!saved || saved.length !== headers.length) return undefined;
  return saved.map((f) => (f && (IMPORT_FIELDS as readonly string[]).includes(f) ? f : null));
}

export async function saveMapping(db: Db, headers: string[], mapping: Array<ImportField | null>): Promise<number> {
  const saved = await readSaved(db);
  const signature = headerSignature(headers);
  delete saved[signature];
  saved[signature] = headers.map((_, i) => mapping[i] ?? null);
  const entries = Object.entries(saved).slice(-MAX_SAVED);
  await writeSetting(db, KEY, Object.fromEntries(entries));
  return entries.length;
}
