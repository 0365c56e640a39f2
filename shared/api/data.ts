/** 数据: information, integrity, backup, the sample register, generated registers, clearing. */

import { z } from 'zod';
import { command, none, query } from './method';

export interface DataInfo {
  /** Absolute path of the database file. */
  databasePath: string;
  schemaVersion: number;
  projectCount: number;
  archivedCount: number;
  appVersion: string;
  today: string;
  /** The month pages and reports show by default: this month once reported, else the month before (see reportingMonth.ts). */
  reportingMonth: string;
  /** The computer's user name, recorded in the history when no 操作人 is set. */
  systemUser: string;
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: Array<{ table: string; rowid: number; parent: string }>;
  schemaVersion: number;
}

export interface BackupFile {
  path: string;
  sizeBytes: number;
  /** ISO time the file was last written. */
  modifiedAt: string;
}

export interface RestoreReport {
  /** The database that was replaced, kept aside under this name (null when there was none). */
  previous: string | null;
  projectCount: number;
  schemaVersion: number;
}

export const dataMethods = {
  'data.info': query<DataInfo>()(none),
  'data.check': query<CheckReport>()(none),
  'data.backup': command<{ path: string }>()(
    z.object({ out: z.string().min(1).max(1000).optional() }).strict(),
  ),
  /** Backups beside the database (the backups folder and the copies taken before migrations), newest first. */
  'data.backups': query<BackupFile[]>()(none),
  /** Replaces the register with a backup, checked first; the current file is kept aside. */
  'data.restore': command<RestoreReport>()(
    z.object({ from: z.string().min(1).max(1000) }).strict(),
  ),
  'data.seedSample': command<{ projects: number }>()(none),
  /** Fills the register with N generated projects (for trials and benchmarks); deterministic per seed. */
  'data.generate': command<{ projects: number }>()(
    z.object({ projects: z.number().int().min(1).max(100_000), seed: z.number().int().min(0).max(2 ** 31).optional() }).strict(),
  ),
  'data.clear': command<{ removed: number }>()(
    z.object({ confirm: z.literal('清空', { message: '请输入“清空”以确认' }) }).strict(),
  ),
};
