/**
 * 连接 in 设置与数据 → 数据库: before the app trusts a team server it asks the address, over HTTPS,
 * who it is (GET /team/hello, unauthenticated) and compares the certificate with the fingerprint
 * the clerk pasted. Whatever is wrong is named: no such host, nothing listening, not HTTPS, another
 * certificate, a name the server does not accept, not a team server at all.
 */

import https from 'node:https';
import type { TLSSocket } from 'node:tls';
import { parseTeamServerInput, TEAM_HELLO_APP, TEAM_HELLO_PATH, teamProblem, type TeamHello, type TeamProblem, type TeamServer, type TeamServerInput } from '../../shared/desktop';
import type { ApiResult } from '../../shared/errors';

const DEFAULT_TIMEOUT_MS = 8_000;
const MAX_HELLO_BYTES = 4_096;

function problemOfError(err: NodeJS.ErrnoException): TeamProblem {
  if (err.code === 'ENOTFOUND' || err.code === 'EAI_AGAIN') return 'not_found';
  // A plain-HTTP port answers the TLS greeting with text: OpenSSL calls it a wrong version or a bad record.
  if (err.code === 'EPROTO' || /SSL|TLS|wrong version|packet length/i.test(err.message)) return 'not_https';
  return 'unreachable';
}

function isHello(value: unknown): value is TeamHello {
  return typeof value === 'object' && value !== null && (value as { app?: unknown }).app === TEAM_HELLO_APP && (value as { edition?: unknown }).edition === 'team';
}

export async function checkTeamServer(input: TeamServerInput, options: { timeoutMs?: number } = {}): Promise<ApiResult<TeamServer>> {
  const parsed = parseTeamServerInput(input);
  if (!parsed.ok) return parsed;
  const server = parsed.value;
  const host = new URL(server.url).host;
  return await new Promise((resolve) => {
    let settled = false;
    const finish = (result: ApiResult<TeamServer>) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const fail = (problem: TeamProblem) => finish({ ok: false, error: teamProblem(problem, host) });
    // The chain is not checked (the office's certificate is usually self-signed): the pin is the trust.
    const req = https.request(new URL(TEAM_HELLO_PATH, server.url), { method: 'GET', rejectUnauthorized: false, agent: false, timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS, headers: { Accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_HELLO_BYTES) chunks.push(chunk);
      });
      res.on('end', () => {
        if (res.statusCode === 421) return fail('host_name');
        if (res.statusCode !== 200) return fail('not_team');
        try {
          return isHello(JSON.parse(Buffer.concat(chunks).toString('utf8'))) ? finish({ ok: true, value: server }) : fail('not_team');
        } catch {
          return fail('not_team');
        }
      });
      res.on('error', () => fail('unreachable'));
    });
    req.on('socket', (socket) => {
      socket.once('secureConnect', () => {
        // Checked before a byte of the answer is read: another certificate ends the conversation.
        if ((socket as TLSSocket).getPeerCertificate().fingerprint256 !== server.fingerprint) {
          fail('fingerprint');
          req.destroy();
        }
      });
    });
    req.on('timeout', () => {
      fail('unreachable');
      req.destroy();
    });
    req.on('error', (err: NodeJS.ErrnoException) => fail(problemOfError(err)));
    req.end();
  });
}
