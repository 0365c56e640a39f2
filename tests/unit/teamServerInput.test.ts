/** What a clerk types into 数据库 → 团队服务器: the address and the fingerprint, read the way people paste them. */
import { describe, expect, it } from 'vitest';
import { normalizeFingerprint, normalizeTeamUrl, parseTeamServerInput } from '../../shared/desktop';

const HEX = 'E354B5CD10ED7CF12EC460097EB0DC0F89A454E1A8C4EA6E5F9E7FB81EA162CA';
const COLONS = HEX.match(/../g)!.join(':');

describe('the team server address', () => {
  it('is the server\'s HTTPS origin, with https:// added when left out and any path dropped', () => {
    expect(normalizeTeamUrl('https://192.168.1.20:5443')).toBe('https://192.168.1.20:5443');
    expect(normalizeTeamUrl('  192.168.1.20:5443  ')).toBe('https://192.168.1.20:5443');
    expect(normalizeTeamUrl('https://ledger.zsj.local:5443/#/register')).toBe('https://ledger.zsj.local:5443');
    expect(normalizeTeamUrl('HTTPS://Ledger.ZSJ.local')).toBe('https://ledger.zsj.local');
    expect(normalizeTeamUrl('https://[fe80::1]:5443/')).toBe('https://[fe80::1]:5443');
  });

  it('refuses plain http, a password in the address, and what is not an address', () => {
    for (const bad of ['http://192.168.1.20:5443', 'https://admin:pw@192.168.1.20:5443', 'ftp://192.168.1.20', '', '   ', 'https://', '192.168.1.20:99999']) {
      expect(normalizeTeamUrl(bad), bad).toBeNull();
    }
  });
});

describe('the certificate fingerprint', () => {
  it('reads the forms people paste: colons or not, spaces, lower case, a label in front', () => {
    for (const pasted of [COLONS, HEX, HEX.toLowerCase(), COLONS.replace(/:/g, ' '), `SHA256 Fingerprint=${COLONS}`, `sha256:${HEX}`, `SHA-256: ${COLONS}\n`]) {
      expect(normalizeFingerprint(pasted), pasted).toBe(COLONS);
    }
  });

  it('refuses a short, long or non-hex one (a SHA-1 fingerprint among them)', () => {
    for (const bad of [COLONS.slice(0, -3), `${COLONS}:00`, COLONS.replace('E3', 'G3'), 'A1:B2:C3:D4:E5:F6:07:18:29:3A:4B:5C:6D:7E:8F:90:A1:B2:C3:D4', '']) {
      expect(normalizeFingerprint(bad), bad).toBeNull();
    }
  });

  it('names the field that is wrong, address first', () => {
    expect(parseTeamServerInput({ url: 'http://x', fingerprint: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('服务器地址') } });
    expect(parseTeamServerInput({ url: '192.168.1.20:5443', fingerprint: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('证书指纹'), messageEn: expect.stringContaining('fingerprint') } });
    expect(parseTeamServerInput({ url: '192.168.1.20:5443', fingerprint: HEX })).toEqual({ ok: true, value: { url: 'https://192.168.1.20:5443', fingerprint: COLONS } });
  });
});
