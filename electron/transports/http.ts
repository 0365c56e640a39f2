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
import { LedgerError, type ApiErrorBody, type ApiResult } from '../../shared/errors';
import type { Account } from '../services/context';
import { nestsDeeperThan } from './jsonDepth';
import { SIGN_IN_HEADER } from '../../shared/domain/accounts';
import { TEAM_HELLO_APP, TEAM_HELLO_PATH, type TeamHello } from '../../shared/desktop';

export const TOKEN_HEADER = 'x-ledger-token';
/**
 * The largest legitimate call is an import of a 20 MB file: base64 makes it 26.7 MB, and the JSON
 * around it little more. Anything bigger is refused before it is held in memory.
 */
export const MAX_BODY_BYTES = 28 * 1024 * 1024;
/** The contract's inputs nest a few levels; a hundred is far past any real call. */
export const MAX_JSON_DEPTH = 100;

/**
 * 团队版: people sign in (POST /auth/login) and carry an HttpOnly, SameSite=Strict session cookie
 * instead of the loopback host's start-up token; each call is made as the signed-in account.
 */
export interface TeamAuth {
  signIn(name: string, password: string, address: string): Promise<{ token: string; account: Account }>;
  resolve(token: string): Promise<Account | null>;
  signOut(token: string): Promise<void>;
  /** Served over HTTPS: the cookie is marked Secure. */
  secure: boolean;
}

export const SESSION_COOKIE = 'ledger_session';

export interface HttpHostOptions {
  dispatch: (method: string, input: unknown, account?: Account) => Promise<ApiResult<unknown>>;
  /** The loopback host's start-up token (unused when `team` is given). */
  token: string;
  team?: TeamAuth;
  /** Host header values accepted, e.g. "127.0.0.1:5178" and "localhost:5178". */
  allowedHosts: string[];
  /** Folder of the built renderer; absent serves the API only. */
  staticDir?: string;
  /** The only folder a call may name a file to write in (the database's); absent allows none. */
  fileRoot?: string;
}

/** Inputs that name a file the service will write: through the host, only inside `fileRoot`. */
const WRITTEN_PATHS: Record<string, string> = { 'data.backup': 'out' };

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

/**
 * A list this long is written in slices, the event loop free between them: at 30,000 projects the
 * register's rows are 30 MB of JSON, a second or two of serializing that would otherwise hold up
 * every other answer (the next page's own files and calls); and when the page goes away (a view
 * closed, a reload) the rest is not serialized at all.
 */
export const SLICED_ANSWER_ROWS = 2000;
const SLICE_ROWS = 500;

function closedOrDrained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** `{"ok":true,"value":[…]}` of a long list, written slice by slice; stops when the client is gone. */
async function sendListInSlices(req: IncomingMessage, res: ServerResponse, rows: readonly unknown[]): Promise<void> {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.write('{"ok":true,"value":[');
  for (let i = 0; i < rows.length; i += SLICE_ROWS) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (req.socket.destroyed || res.destroyed) return;
    // As JSON.stringify writes an array's items: undefined (and functions) as null.
    const slice = rows.slice(i, i + SLICE_ROWS).map((row) => JSON.stringify(row) ?? 'null').join(',');
    if (!res.write(i === 0 ? slice : `,${slice}`)) await closedOrDrained(res);
  }
  if (!res.destroyed) res.end(']}');
}

export function sendError(res: ServerResponse, status: number, error: ApiErrorBody, extra: Record<string, string> = {}): void {
  send(res, status, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8', extra);
}

const TOO_LARGE: ApiErrorBody = {
  code: 'refused',
  message: `请求过大（上限 ${MAX_BODY_BYTES / 1024 / 1024} MB）。导入文件请不超过 20 MB，过大的清单请拆分后分批导入。`,
  messageEn: `Request too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB). Import files up to 20 MB; split a larger list.`,
};

/**
 * The body, or 'too_large' once it passes the cap: the rest is read and dropped (not held), so the
 * client gets its 413 instead of a reset connection.
 */
function readBody(req: IncomingMessage): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(size > MAX_BODY_BYTES ? 'too_large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function insideFolder(root: string, file: string): boolean {
  const r = path.resolve(root);
  const f = path.resolve(r, file);
  return f.startsWith(r + path.sep);
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

function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function sessionCookie(team: TeamAuth, value: string, maxAgeSeconds?: number): string {
  return [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', ...(team.secure ? ['Secure'] : []), ...(maxAgeSeconds !== undefined ? [`Max-Age=${maxAgeSeconds}`] : [])].join('; ');
}

const SIGN_IN_FIRST: ApiErrorBody = { code: 'unauthorized', message: '请先登录（或登录已过期）', messageEn: 'Please sign in (or your session has ended)' };

/** POST /auth/login and /auth/logout of the team server. */
async function handleAuth(req: IncomingMessage, res: ServerResponse, team: TeamAuth, action: string): Promise<void> {
  if (req.method !== 'POST') return sendError(res, 405, { code: 'refused', message: '只接受 POST', messageEn: 'POST only' });
  if (action === 'logout') {
    const token = cookieValue(req, SESSION_COOKIE);
    if (token) await team.signOut(token);
    return send(res, 200, JSON.stringify({ ok: true, value: { signedOut: true } }), 'application/json; charset=utf-8', { 'Set-Cookie': sessionCookie(team, '', 0) });
  }
  if (action !== 'login') return sendError(res, 404, { code: 'unknown_method', message: `没有这个接口：/auth/${action}`, messageEn: `No such endpoint: /auth/${action}` });
  const body = await readBody(req);
  if (body === 'too_large') return sendError(res, 413, TOO_LARGE, { Connection: 'close' });
  let input: { name?: unknown; password?: unknown };
  try {
    input = JSON.parse(body.toString('utf8')) as { name?: unknown; password?: unknown };
  } catch {
    return sendError(res, 400, { code: 'invalid_input', message: '请求不是有效的 JSON', messageEn: 'The request body is not valid JSON' });
  }
  if (typeof input.name !== 'string' || typeof input.password !== 'string' || input.name.length > 100 || input.password.length > 200) {
    return sendError(res, 400, { code: 'invalid_input', message: '请填写登录名和密码', messageEn: 'Enter your login name and password' });
  }
  try {
    const { token, account } = await team.signIn(input.name, input.password, req.socket.remoteAddress ?? '');
    return send(res, 200, JSON.stringify({ ok: true, value: { account } }), 'application/json; charset=utf-8', { 'Set-Cookie': sessionCookie(team, token) });
  } catch (err) {
    if (!(err instanceof LedgerError)) throw err;
    // A guesser who must wait is told so with 429; a wrong name or password is 401.
    return sendError(res, err.code === 'refused' ? 429 : 401, err.toBody());
  }
}

export function createHttpHandler(options: HttpHostOptions) {
  const scheme = options.team?.secure ? 'https' : 'http';
  // Read at request time: the host names are known only once the server listens on its port.
  const isOwnOrigin = (origin: string) => options.allowedHosts.some((h) => origin === `${scheme}://${h}`);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const host = req.headers.host ?? '';
    if (!options.allowedHosts.includes(host)) {
      return sendError(res, 421, { code: 'unauthorized', message: `拒绝未知的主机名：${host}`, messageEn: `Unknown Host header refused: ${host}` });
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !isOwnOrigin(origin)) {
      return sendError(res, 403, { code: 'unauthorized', message: `拒绝来自其他网站的请求：${origin}`, messageEn: `Request from a foreign origin refused: ${origin}` });
    }
    const url = new URL(req.url ?? '/', `${scheme}://${host}`);
    // The desktop app asks this before connecting: it names the app and nothing of the register.
    if (options.team && url.pathname === TEAM_HELLO_PATH && req.method === 'GET') {
      const hello: TeamHello = { app: TEAM_HELLO_APP, edition: 'team', name: '重大项目台账' };
      return send(res, 200, JSON.stringify(hello), 'application/json; charset=utf-8');
    }
    if (options.team && url.pathname.startsWith('/auth/')) {
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '') && url.pathname === '/auth/login') {
        return sendError(res, 415, { code: 'refused', message: '接口只接受 JSON', messageEn: 'The API accepts JSON only' });
      }
      return handleAuth(req, res, options.team, url.pathname.slice('/auth/'.length));
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', 'text/plain; charset=utf-8');
      if (!options.staticDir) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
      return serveStatic(res, options.staticDir, url.pathname);
    }
    let account: Account | undefined;
    if (options.team) {
      const session = cookieValue(req, SESSION_COOKIE);
      const found = session ? await options.team.resolve(session) : null;
      // The header tells the renderer this is a team server asking for sign-in (not a loopback host without its token).
      if (!found) return sendError(res, 401, SIGN_IN_FIRST, { [SIGN_IN_HEADER]: 'required' });
      account = found;
    } else {
      const token = req.headers[TOKEN_HEADER];
      if (typeof token !== 'string' || !tokensEqual(token, options.token)) {
        return sendError(res, 401, { code: 'unauthorized', message: '缺少或错误的访问令牌：请用启动时打印的地址打开', messageEn: 'Missing or wrong access token: open the address printed at start-up' });
      }
    }
    if (req.method !== 'POST') return sendError(res, 405, { code: 'refused', message: '接口只接受 POST', messageEn: 'The API accepts POST only' });
    if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, { code: 'refused', message: '接口只接受 JSON', messageEn: 'The API accepts JSON only' });
    }
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      // Refused before reading a byte; the connection closes after the answer.
      sendError(res, 413, TOO_LARGE, { Connection: 'close' });
      req.resume();
      return;
    }
    const body = await readBody(req);
    if (body === 'too_large') return sendError(res, 413, TOO_LARGE, { Connection: 'close' });
    const text = body.toString('utf8');
    if (nestsDeeperThan(text, MAX_JSON_DEPTH)) {
      return sendError(res, 400, { code: 'invalid_input', message: `请求的 JSON 嵌套超过 ${MAX_JSON_DEPTH} 层，已拒绝`, messageEn: `The request JSON nests deeper than ${MAX_JSON_DEPTH} levels; refused` });
    }
    let input: unknown;
    try {
      input = text.length ? (JSON.parse(text) as unknown) : {};
    } catch {
      return sendError(res, 400, { code: 'invalid_input', message: '请求不是有效的 JSON', messageEn: 'The request body is not valid JSON' });
    }
    const method = url.pathname.slice('/api/'.length);
    const pathField = WRITTEN_PATHS[method];
    const named = pathField && input && typeof input === 'object' ? (input as Record<string, unknown>)[pathField] : undefined;
    if (typeof named === 'string' && !(options.fileRoot && insideFolder(options.fileRoot, named))) {
      return sendError(res, 403, {
        code: 'refused',
        message: `浏览器访问时只能写入数据库所在文件夹${options.fileRoot ? `（${options.fileRoot}）` : ''}，拒绝写入：${named}`,
        messageEn: `Through the browser host, files can be written only in the database's folder; refused: ${named}`,
      });
    }
    const result = await options.dispatch(method, input, account);
    // The page went away or stopped waiting (a view closed while the whole register was asked):
    // no answer to write, so none is serialized (30 MB of JSON at 30,000 projects).
    if (req.socket.destroyed) return;
    if (result.ok && Array.isArray(result.value) && result.value.length >= SLICED_ANSWER_ROWS) return sendListInSlices(req, res, result.value);
    const status = result.ok ? 200 : result.error.code === 'unknown_method' ? 404 : result.error.code === 'forbidden' ? 403 : result.error.code === 'internal' ? 500 : 400;
    send(res, status, JSON.stringify(result), 'application/json; charset=utf-8');
  };
}
