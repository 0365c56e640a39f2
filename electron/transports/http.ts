/**
 * The browser host's HTTP transport: `POST /api/<method>` with a JSON body, for every method of the
 * contract (nothing is routed per method), plus the built renderer as static files.
 * Loopback only; exact Host values (DNS rebinding); a per-start token compared in constant time;
 * no CORS; foreign Origins and non-JSON posts refused; bodies capped.
 */

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorBody, ApiResult } from '../../shared/errors';

export const TOKEN_HEADER = 'x-ledger-token';
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface HttpHostOptions {
  dispatch: (method: string, input: unknown) => Promise<ApiResult<unknown>>;
  token: string;
  /** Host header values accepted, e.g. "127.0.0.1:5178" and "localhost:5178". */
  allowedHosts: string[];
  /** Folder of the built renderer; absent serves the API only. */
  staticDir?: string;
}

export function newToken(): string {
  return crypto.randomBytes(16).toString('hex');
}

function tokensEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  // AG Grid injects its theme as <style> elements, hence style-src 'unsafe-inline'; scripts stay 'self' only.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
};

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
  res.end(body);
}

function sendError(res: ServerResponse, status: number, error: ApiErrorBody): void {
  send(res, status, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('too_large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

function serveStatic(res: ServerResponse, staticDir: string, urlPath: string): void {
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return send(res, 400, 'bad path', 'text/plain; charset=utf-8');
  }
  const root = path.resolve(staticDir);
  let file = path.resolve(root, '.' + (rel === '/' ? '/index.html' : rel));
  if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'forbidden', 'text/plain; charset=utf-8');
  // The app is a single page: unknown paths without an extension get index.html.
  if (!fs.existsSync(file) && !path.extname(file)) file = path.join(root, 'index.html');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
  send(res, 200, fs.readFileSync(file), MIME[path.extname(file)] ?? 'application/octet-stream');
}

export function createHttpHandler(options: HttpHostOptions) {
  // Read at request time: the host names are known only once the server listens on its port.
  const isOwnOrigin = (origin: string) => options.allowedHosts.some((h) => origin === `http://${h}`);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (!options.allowedHosts.includes(host)) {
      return sendError(res, 421, { code: 'unauthorized', message: `拒绝未知的主机名：${host}`, messageEn: `Unknown Host header refused: ${host}` });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin)) {
      return sendError(res, 403, { code: 'unauthorized', message: `拒绝来自其他网站的请求：${origin}`, messageEn: `Request from a foreign origin refused: ${origin}` });
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain; charset=utf-8');
      if (!options.staticDir) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      return serveStatic(res, options.staticDir, url.pathname);
    }
    const token = req.headers[TOKEN_HEADER];
    if (typeof token !== 'string' || !tokensEqual(token, options.token)) {
      return sendError(res, 401, { code: 'unauthorized', message: '缺少或错误的访问令牌：请用启动时打印的地址打开', messageEn: 'Missing or wrong access token: open the address printed at start-up' });
    }
    if (req.method !== 'POST') return sendError(res, 405, { code: 'refused', message: '接口只接受 POST', messageEn: 'The API accepts POST only' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, { code: 'refused', message: '接口只接受 JSON', messageEn: 'The API accepts JSON only' });
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length ? (JSON.parse(body.toString('utf8')) as unknown) : {};
    } catch (err) {
      const tooLarge = err instanceof Error && err.message === 'too_large';
      return sendError(res, tooLarge ? 413 : 400, tooLarge
        ? { code: 'refused', message: `请求过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）`, messageEn: `Request too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB)` }
        : { code: 'invalid_input', message: '请求不是有效的 JSON', messageEn: 'The request body is not valid JSON' });
    }
    const method = url.pathname.slice('/api/'.length);
    const result = await options.dispatch(method, input);
    const status = result.ok ? 200 : result.error.code === 'unknown_method' ? 404 : result.error.code === 'internal' ? 500 : 400;
    send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
  };
}
