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
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  foreignKeys: Array<{ table: string; rowid: number; parent: string }>;
  schemaVersion: number;
}

export const dataMethods = {
  'data.info': query<DataInfo>()(none),
  'data.check': query<CheckReport>()(none),
  'data.backup': command<{ path: string }>()(
    z.object({ out: z.string().min(1).max(1000).optional() }).strict(),
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
