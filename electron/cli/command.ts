/** What a CLI command is: its options (node:util parseArgs), a usage line and a run over an open register. */

import type { ParseArgsConfig } from 'node:util';
import type { Ledger } from '../services/ledger';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type ParsedValues = Record<string, string | boolean | undefined>;

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  name: string;
  usage: string;
  summary: string;
  options: OptionSpec;
  /** Number of positional arguments the command takes. */
  positionals?: number;
  /** Whether opening the register should create it (init) or insist it exists. */
  createsDatabase?: boolean;
  /** Opens the register read-only: works on a read-only file, writes nothing (check, rollup, export). */
  readsOnly?: boolean;
  run?(ledger: Ledger, values: ParsedValues, positionals: string[], io: CliIo): Promise<number>;
  /** A command that works on the file itself instead of an open register (restore: the file may be damaged). */
  runOnFile?(dbPath: string, values: ParsedValues, positionals: string[], io: CliIo): Promise<number>;
}

/** A usage error: exit code 2. */
export class UsageError extends Error {
  readonly messageEn: string;
  constructor(zh: string, en: string) {
    super(zh);
    this.messageEn = en;
  }
}

export function requireInt(values: ParsedValues, name: string, min: number, max: number): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || n < min || n > max) {
    throw new UsageError(`--${name} 应为 ${min}–${max} 的整数：${String(raw)}`, `--${name} must be an integer from ${min} to ${max}: ${String(raw)}`);
  }
  return n;
}
