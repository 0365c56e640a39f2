/**
 * 团队版 server: the browser host grown up. It listens on an office-network address, speaks HTTPS
 * when given a certificate (plain HTTP only when asked, e.g. behind the office's TLS proxy), and
 * signs people in with accounts instead of a start-up token; every call is made, checked and
 * recorded as the signed-in person.
 */

import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Ledger } from '../services/ledger';
import { createLoginLimiter } from '../services/team/loginLimiter';
import { resolveSession, signIn, signOut } from '../services/team/sessions';
import { createHttpHandler, sendError, type TeamAuth } from './http';

export interface TeamServerOptions {
  /** Address to listen on, e.g. 0.0.0.0 or the server's LAN address. */
  host: string;
  port: number;
  /** Names the office types to reach the server (e.g. 192.168.1.20, ledger.zsj.local): the Host header must be one of them. */
  publicNames: string[];
  /** PEM certificate and key; absent serves plain HTTP. */
  tls?: { cert: string; key: string };
  staticDir?: string;
}

export interface RunningTeamServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const KEEP_ALIVE_MS = 120_000;

export async function startTeamServer(ledger: Ledger, options: TeamServerOptions): Promise<RunningTeamServer> {
  const limiter = createLoginLimiter();
  const db = ledger.ctx.db;
  const team: TeamAuth = {
    signIn: (name, password, address) => signIn(db, limiter, { name, password, address, now: new Date() }),
    resolve: (token) => resolveSession(db, token, new Date()),
    signOut: (token) => signOut(db, token),
    secure: options.tls !== undefined,
  };
  const allowedHosts: string[] = [];
  const fileRoot = ledger.ctx.dbPath === ':memory:' ? undefined : path.dirname(ledger.ctx.dbPath);
  const handler = createHttpHandler({ dispatch: ledger.dispatch, token: '', team, allowedHosts, ...(options.staticDir ? { staticDir: options.staticDir } : {}), ...(fileRoot ? { fileRoot } : {}) });
  const listener: http.RequestListener = (req, res) => {
    handler(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, { code: 'internal', message: '内部错误，未作修改', messageEn: 'Internal error; nothing was changed' });
      else res.end();
    });
  };
  const server = options.tls ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, listener) : http.createServer(listener);
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
  for (const name of options.publicNames) allowedHosts.push(`${name}:${port}`);
  const scheme = options.tls ? 'https' : 'http';
  return {
    url: `${scheme}://${options.publicNames[0] ?? options.host}:${port}/`,
    port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
