/**
 * 设置与数据 → 数据库 → 连接: the desktop app's check of a team server address, against a real team
 * server started as `npm run team` starts it (HTTPS with a self-signed certificate made by openssl
 * beside the register, its SHA-256 fingerprint the one printed). Each thing a clerk can get wrong
 * is named, in Chinese and English.
 */
import crypto from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { checkTeamServer } from '../../electron/shell/teamCheck';
import { loadOrMakeCertificate, type TeamCertificate } from '../../electron/transports/teamCertificate';
import { startTeamServer, type RunningTeamServer } from '../../electron/transports/teamServer';
import { openTemp, tempDir } from './helpers';

let ledger: Ledger;
let server: RunningTeamServer;
let plain: RunningTeamServer;
let cert: TeamCertificate;
let other: TeamCertificate;
let stranger: https.Server;
let strangerPort: number;

beforeAll(async () => {
  ledger = await openTemp();
  cert = loadOrMakeCertificate(tempDir(), ['127.0.0.1']);
  other = loadOrMakeCertificate(tempDir(), ['127.0.0.1']);
  server = await startTeamServer(ledger, { host: '127.0.0.1', port: 0, publicNames: ['127.0.0.1'], tls: cert });
  plain = await startTeamServer(ledger, { host: '127.0.0.1', port: 0, publicNames: ['127.0.0.1'] });
  // An HTTPS site that is not a team server, with the pinned certificate (say, another service on that machine).
  stranger = https.createServer({ cert: cert.cert, key: cert.key }, (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html' });
    res.end('<html>路由器管理页面</html>');
  });
  strangerPort = await new Promise<number>((resolve) => stranger.listen(0, '127.0.0.1', () => resolve((stranger.address() as AddressInfo).port)));
});
afterAll(async () => {
  await server.close();
  await plain.close();
  await new Promise((resolve) => stranger.close(resolve));
  await ledger.close();
});

const origin = () => server.url.replace(/\/$/, '');

describe('connecting the desktop app to a team server', () => {
  it('accepts the team server with the fingerprint it printed, however the clerk pasted it', async () => {
    expect(cert.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(await checkTeamServer({ url: server.url, fingerprint: cert.fingerprint })).toEqual({ ok: true, value: { url: origin(), fingerprint: cert.fingerprint } });
    // Typed without https://, pasted in lower case without colons, with a label in front.
    const typed = await checkTeamServer({ url: `127.0.0.1:${server.port}`, fingerprint: `SHA256 Fingerprint=${cert.fingerprint.replace(/:/g, '').toLowerCase()}` });
    expect(typed).toEqual({ ok: true, value: { url: origin(), fingerprint: cert.fingerprint } });
  });

  it('refuses another certificate: 证书指纹不符', async () => {
    expect(other.fingerprint).not.toBe(cert.fingerprint);
    const refused = await checkTeamServer({ url: server.url, fingerprint: other.fingerprint });
    expect(refused).toEqual({ ok: false, error: { code: 'refused', message: '证书指纹不符，可能不是贵单位的服务器', messageEn: "The certificate fingerprint differs: this may not be your office's server" } });
  });

  it('names a server that is down, a name that does not exist, and a port that is not HTTPS', async () => {
    const closed = http.createServer();
    const freePort = await new Promise<number>((resolve) => closed.listen(0, '127.0.0.1', () => resolve((closed.address() as AddressInfo).port)));
    await new Promise((resolve) => closed.close(resolve));
    const down = await checkTeamServer({ url: `https://127.0.0.1:${freePort}`, fingerprint: cert.fingerprint });
    expect(down).toMatchObject({ ok: false, error: { message: `连不上 127.0.0.1:${freePort}：服务器未启动、端口不对或网络不通` } });
    const nowhere = await checkTeamServer({ url: 'https://no-such-server.invalid:5443', fingerprint: cert.fingerprint });
    expect(nowhere).toMatchObject({ ok: false, error: { message: '找不到服务器 no-such-server.invalid:5443：请核对地址', messageEn: 'No server named no-such-server.invalid:5443 was found: check the address' } });
    const http1 = await checkTeamServer({ url: `https://127.0.0.1:${plain.port}`, fingerprint: cert.fingerprint });
    expect(http1).toMatchObject({ ok: false, error: { message: expect.stringContaining('没有以 HTTPS 应答') } });
  });

  it('names an HTTPS site that is not a team server, and a name the server was not started with', async () => {
    const notTeam = await checkTeamServer({ url: `https://127.0.0.1:${strangerPort}`, fingerprint: cert.fingerprint });
    expect(notTeam).toMatchObject({ ok: false, error: { message: `127.0.0.1:${strangerPort} 不是重大项目台账的团队服务器` } });
    const byOtherName = await checkTeamServer({ url: `https://localhost:${server.port}`, fingerprint: cert.fingerprint });
    expect(byOtherName).toMatchObject({ ok: false, error: { message: expect.stringContaining('服务器不接受地址名称 localhost') } });
  });

  it('refuses a malformed address or fingerprint before going on the network', async () => {
    expect(await checkTeamServer({ url: `http://127.0.0.1:${server.port}`, fingerprint: cert.fingerprint })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('服务器地址不对') } });
    expect(await checkTeamServer({ url: 'https://', fingerprint: cert.fingerprint })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await checkTeamServer({ url: server.url, fingerprint: cert.fingerprint.slice(0, 40) })).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('64 位十六进制') } });
  });

  it('the hello the check reads says what the server is and nothing of the register, without signing in', async () => {
    const body = await new Promise<string>((resolve, reject) => {
      https.get(new URL('/team/hello', server.url), { ca: cert.cert }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve(text));
      }).on('error', reject);
    });
    expect(JSON.parse(body)).toEqual({ app: 'zhongda-xiangmu-taizhang', edition: 'team', name: '重大项目台账' });
  });
});

describe('the pinned certificate in the shell', () => {
  it('trusts the pinned certificate for its server only, and tells of another one', async () => {
    const { certificateVerifier, CERT_ACCEPT, CERT_REFUSE } = await import('../../electron/shell/teamPin');
    const refusedFor: string[] = [];
    const verify = certificateVerifier(() => [{ url: origin(), fingerprint: cert.fingerprint }], (h) => refusedFor.push(h));
    const answer = (hostname: string, pem: string) => new Promise<number>((resolve) => verify({ hostname, certificate: { data: pem } }, resolve));
    expect(await answer('127.0.0.1', cert.cert)).toBe(CERT_ACCEPT);
    expect(await answer('127.0.0.1', other.cert)).toBe(CERT_REFUSE);
    expect(refusedFor).toEqual(['127.0.0.1']);
    expect(await answer('example.org', cert.cert)).toBe(CERT_REFUSE);
    expect(refusedFor).toEqual(['127.0.0.1']);
    // Nothing pinned (the app is on the register on this PC): no certificate is trusted.
    const none = certificateVerifier(() => [], (h) => refusedFor.push(h));
    expect(await new Promise<number>((resolve) => none({ hostname: '127.0.0.1', certificate: { data: cert.cert } }, resolve))).toBe(CERT_REFUSE);
    expect(await new Promise<number>((resolve) => verify({ hostname: '127.0.0.1', certificate: { data: 'not a certificate' } }, resolve))).toBe(CERT_REFUSE);
    // The fingerprint is the SHA-256 of the certificate, as `npm run team` prints it.
    const der = new crypto.X509Certificate(cert.cert).raw;
    expect(crypto.createHash('sha256').update(der).digest('hex').toUpperCase().match(/../g)!.join(':')).toBe(cert.fingerprint);
  });
});

