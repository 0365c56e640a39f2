/** Starts the browser host on 127.0.0.1: the HTTP transport over an open register. */

import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Ledger } from '../services/ledger';
import path from 'node:path';
import { createHttpHandler, newToken, sendError } from './http';

const KEEP_ALIVE_MS = 120_000;

export interface RunningHost {
  url: string;
  /** The address to open: the token travels in the fragment, never sent to the server or logged. */
  openUrl: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

export async function startHttpHost(ledger: Ledger, options: { port?: number; staticDir?: string }): Promise<RunningHost> {
  const token = newToken();
  const allowedHosts: string[] = [];
  const fileRoot = ledger.ctx.dbPath === ':memory:' ? undefined : path.dirname(ledger.ctx.dbPath);
  const handler = createHttpHandler({ dispatch: ledger.dispatch, token, allowedHosts, ...(options.staticDir ? { staticDir: options.staticDir } : {}), ...(fileRoot ? { fileRoot } : {}) });
  const server = http.createServer((req, res) => {
    handler(req, res).catch(() => {
      // Whatever went wrong, the answer is still JSON with the security headers.
      if (!res.headersSent) sendError(res, 500, { code: 'internal', message: '内部错误，未作修改', messageEn: 'Internal error; nothing was changed' });
      else res.end();
    });
  });
  // Node's 5 s default closes an idle keep-alive connection as soon as the thread is free again
  // after a long call, resetting a request the browser had already sent on it: keep idle
  // connections longer than any call takes (a 50,000-row import's write runs for seconds).
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 5_000;
  let port: number;
  try {
    port = await listen(server, options.port ?? 0);
  } catch (err) {
    // The preferred port is taken (another copy running?): take any free one instead.
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE' || !options.port) throw err;
    port = await listen(server, 0);
  }
  allowedHosts.push(`127.0.0.1:${port}`, `localhost:${port}`);
  const url = `http://127.0.0.1:${port}/`;
  return {
    url,
    openUrl: `${url}#token=${token}`,
    port,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
