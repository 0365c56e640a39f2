/**
 * 团队版 passwords: scrypt with a random salt per password, stored as one self-describing string
 * (`scrypt$N$r$p$salt$hash`, base64) so the cost can be raised later without losing old accounts.
 * Compared in constant time.
 */

import crypto from 'node:crypto';
import { promisify } from 'node:util';
import { LedgerError } from '../../../shared/errors';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

/** 2^15 × 8 × 128 bytes = 32 MB and roughly 0.1 s per check: slow for a guesser, fine for a login. */
const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 8;

function maxmem(N: number, r: number): number {
  return 128 * N * r * 2;
}

export function checkPasswordRule(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw new LedgerError('invalid_input', `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`, `A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
}

export async function hashPassword(password: string): Promise<string> {
  checkPasswordRule(password);
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password.normalize('NFC'), salt, KEY_BYTES, { ...COST, maxmem: maxmem(COST.N, COST.r) });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const N = Number(n);
  const R = Number(r);
  const P = Number(p);
  if (![N, R, P].every((x) => Number.isInteger(x) && x > 0)) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, { N, r: R, p: P, maxmem: maxmem(N, R) });
  return key.length === expected.length && crypto.timingSafeEqual(key, expected);
}

/** Whether a stored hash was made with a lower cost than today's (re-hash it at the next login). */
export function needsRehash(stored: string): boolean {
  const [, n, r, p] = stored.split('$');
  return Number(n) < COST.N || Number(r) < COST.r || Number(p) < COST.p;
}
