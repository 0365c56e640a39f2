/**
 * 团队版 sign-in pieces: scrypt passwords (salted, checked in constant time, self-describing) and
 * login rate limiting (a guesser is made to wait, doubling; a success clears the name).
 */
import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from '../../electron/services/team/loginLimiter';
import { hashPassword, needsRehash, verifyPassword } from '../../electron/services/team/passwords';
import { LedgerError } from '../../shared/errors';

describe('passwords', () => {
  it('verifies the right password only, with a different salt each time', async () => {
    const a = await hashPassword('招商局2026!');
    const b = await hashPassword('招商局2026!');
    expect(a).not.toBe(b);
    expect(a.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('招商局2026!', a)).toBe(true);
    expect(await verifyPassword('招商局2026?', a)).toBe(false);
    expect(await verifyPassword('招商局2026!', 'plain-text')).toBe(false);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash(a.replace(/^scrypt\$\d+/, 'scrypt$1024'))).toBe(true);
  });

  it('refuses a short password in words', async () => {
    await expect(hashPassword('1234567')).rejects.toMatchObject({ code: 'invalid_input', message: '密码至少 8 个字符' });
  });
});

describe('login rate limiting', () => {
  it('lets five wrong guesses through, then makes the name wait 1, 2, 4… minutes', () => {
    let t = 0;
    const limiter = createLoginLimiter(() => t);
    for (let i = 0; i < 4; i++) {
      limiter.check('zhangsan', '10.0.0.7');
      limiter.failed('zhangsan', '10.0.0.7');
    }
    limiter.check('zhangsan', '10.0.0.7');
    limiter.failed('zhangsan', '10.0.0.7');
    expect(() => limiter.check('zhangsan', '10.0.0.8')).toThrow('请 1 分钟后再试');
    // Another address is locked out on its own count; the guessing address is locked for any name.
    expect(() => limiter.check('lisi', '10.0.0.7')).toThrow(LedgerError);
    limiter.check('lisi', '10.0.0.9');
    t += 61_000;
    limiter.check('zhangsan', '10.0.0.8');
    limiter.failed('zhangsan', '10.0.0.8');
    expect(() => limiter.check('zhangsan', '10.0.0.8')).toThrow('请 2 分钟后再试');
  });

  it('forgets failures older than 15 minutes and clears the name on success', () => {
    let t = 0;
    const limiter = createLoginLimiter(() => t);
    for (let i = 0; i < 4; i++) limiter.failed('wangwu', `10.0.1.${i}`);
    t += 16 * 60_000;
    limiter.failed('wangwu', '10.0.1.9');
    limiter.check('wangwu', '10.0.1.10');
    for (let i = 0; i < 3; i++) limiter.failed('wangwu', `10.0.2.${i}`);
    limiter.succeeded('wangwu');
    for (let i = 0; i < 4; i++) limiter.failed('wangwu', `10.0.3.${i}`);
    limiter.check('wangwu', '10.0.4.1');
  });
});
