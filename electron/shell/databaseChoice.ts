/**
 * Which register the desktop app opens, kept in its own small file in the user-data folder (not in
 * the register: the register may be the remote one). A damaged file is set aside and the app opens
 * the register on this PC, saying so; it never guesses a server.
 */

import fs from 'node:fs';
import path from 'node:path';
import { normalizeFingerprint, normalizeTeamUrl, type DatabaseChoice } from '../../shared/desktop';

export const DATABASE_CHOICE_FILE = 'database.json';

export interface ChoiceRead {
  choice: DatabaseChoice;
  /** Set when the file was there but unreadable: the app starts on the local register and shows this. */
  problem?: { message: string; messageEn: string };
}

function parse(text: string): DatabaseChoice | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.kind === 'local') return { kind: 'local' };
  if (v.kind !== 'team' || typeof v.url !== 'string' || typeof v.fingerprint !== 'string') return null;
  // Stored in the normal form; anything else was edited by hand or damaged.
  if (normalizeTeamUrl(v.url) !== v.url || normalizeFingerprint(v.fingerprint) !== v.fingerprint) return null;
  return { kind: 'team', url: v.url, fingerprint: v.fingerprint };
}

export function readDatabaseChoice(file: string): ChoiceRead {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { choice: { kind: 'local' } };
  }
  const choice = parse(text);
  if (choice) return { choice };
  const aside = `${file}.damaged`;
  try {
    fs.renameSync(file, aside);
  } catch {
    // Left where it is: the next choice saved overwrites it.
  }
  return {
    choice: { kind: 'local' },
    problem: {
      message: `数据库设置文件已损坏，已改为打开本机台账。如需连接团队服务器，请在「设置与数据 → 数据库」重新连接。（原文件另存为 ${aside}）`,
      messageEn: `The database settings file is damaged; the register on this PC was opened instead. To use a team server, connect again in Settings → Database. (The file was kept as ${aside})`,
    },
  };
}

export function writeDatabaseChoice(file: string, choice: DatabaseChoice): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(choice, null, 2));
  fs.renameSync(temp, file);
}
