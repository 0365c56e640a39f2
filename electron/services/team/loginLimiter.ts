/**
 * 团队版 login rate limiting, against password guessing: failures are counted per login name and
 * per address; after 5 failures within 15 minutes that name (or address) must wait, 1 minute at
 * first, doubling with each further failure up to an hour. A success clears the name's count.
 * Kept in memory: a server restart forgets the counts, which costs a guesser a restart of the
 * office's server, not a way in.
 */

import { LedgerError } from '../../../shared/errors';

const WINDOW_MS = 15 * 60_000;
const FREE_FAILURES = 5;
const FIRST_WAIT_MS = 60_000;
const MAX_WAIT_MS = 60 * 60_000;

interface Failures {
  failures: number[];
  lockedUntil: number;
}

export interface LoginLimiter {
  /** Throws a refusal (with the wait in minutes) while the name or address is locked. */
  check(name: string, address: string): void;
  failed(name: string, address: string): void;
  succeeded(name: string): void;
}

export function createLoginLimiter(now: () => number = Date.now): LoginLimiter {
  const records = new Map<string, Failures>();
  const get = (key: string) => {
    let record = records.get(key);
    if (!record) records.set(key, (record = { failures: [], lockedUntil: 0 }));
    return record;
  };
  const keys = (name: string, address: string) => [`name:${name.trim().toLowerCase()}`, `addr:${address}`];
  return {
    check(name, address) {
      const t = now();
      const until = Math.max(...keys(name, address).map((k) => records.get(k)?.lockedUntil ?? 0));
      if (until > t) {
        const minutes = Math.ceil((until - t) / 60_000);
        throw new LedgerError('refused', `登录失败次数过多，请 ${minutes} 分钟后再试`, `Too many failed sign-ins; try again in ${minutes} min`);
      }
    },
    failed(name, address) {
      const t = now();
      for (const key of keys(name, address)) {
        const record = get(key);
        record.failures = record.failures.filter((at) => t - at < WINDOW_MS);
        record.failures.push(t);
        const over = record.failures.length - FREE_FAILURES;
        if (over >= 0) record.lockedUntil = t + Math.min(MAX_WAIT_MS, FIRST_WAIT_MS * 2 ** over);
      }
    },
    succeeded(name) {
      records.delete(keys(name, '')[0]!);
    },
  };
}
