/**
 * The desktop shell's own API, beside the register's contract: which register the app opens (the
 * file on this PC or a 团队版 server). Only the Electron preload provides it (`window.ledgerDesktop`);
 * a plain browser has none, and the 数据库 section says the choice is the desktop app's.
 */

import type { ApiErrorBody, ApiResult } from './errors';

/** The team server's unauthenticated "who are you" answer: the desktop app checks it before connecting. */
export const TEAM_HELLO_PATH = '/team/hello';
export const TEAM_HELLO_APP = 'zhongda-xiangmu-taizhang';
export interface TeamHello {
  app: typeof TEAM_HELLO_APP;
  edition: 'team';
  name: string;
}

export type DatabaseChoice = { kind: 'local' } | { kind: 'team'; url: string; fingerprint: string };

/** What the clerk typed in 数据库 → 团队服务器 (checked on the main side). */
export interface TeamServerInput {
  url: string;
  fingerprint: string;
}

/** A checked server: its origin (https://host:port) and the fingerprint as AB:CD:… */
export interface TeamServer {
  url: string;
  fingerprint: string;
}

export interface DesktopBridge {
  /** What the app opens now. */
  database(): Promise<DatabaseChoice>;
  /** Checks the server; when it answers as a team server with the pinned certificate, remembers it and opens a window on it. */
  connectTeam(input: TeamServerInput): Promise<ApiResult<TeamServer>>;
}

export const DESKTOP_CHANNELS = { database: 'desktop:database', connectTeam: 'desktop:connectTeam' } as const;

/** What can be wrong with a team server address, each with the message a clerk reads. */
export type TeamProblem = 'bad_address' | 'bad_fingerprint' | 'not_found' | 'unreachable' | 'not_https' | 'fingerprint' | 'host_name' | 'not_team';

const PROBLEMS: Record<TeamProblem, { zh: string; en: string }> = {
  bad_address: { zh: '服务器地址不对：请填写如 https://192.168.1.20:5443 的地址', en: 'The server address is not valid: enter one like https://192.168.1.20:5443' },
  bad_fingerprint: { zh: '证书指纹应为 64 位十六进制（服务器启动时打印的 SHA-256 指纹，如 AB:CD:…）', en: 'The certificate fingerprint should be 64 hexadecimal digits (the SHA-256 fingerprint the server prints at start, e.g. AB:CD:…)' },
  not_found: { zh: '找不到服务器 {{host}}：请核对地址', en: 'No server named {{host}} was found: check the address' },
  unreachable: { zh: '连不上 {{host}}：服务器未启动、端口不对或网络不通', en: 'Cannot reach {{host}}: the server is not running, the port is wrong or the network is down' },
  not_https: { zh: '{{host}} 没有以 HTTPS 应答：请核对端口，团队服务器须用 HTTPS', en: '{{host}} did not answer over HTTPS: check the port; the team server must use HTTPS' },
  fingerprint: { zh: '证书指纹不符，可能不是贵单位的服务器', en: 'The certificate fingerprint differs: this may not be your office\'s server' },
  host_name: { zh: '服务器不接受地址名称 {{host}}：请使用管理员启动服务器时 --name 给出的名称', en: 'The server does not accept the name {{host}}: use a name given with --name when the server was started' },
  not_team: { zh: '{{host}} 不是重大项目台账的团队服务器', en: '{{host}} is not a 重大项目台账 team server' },
};

export function teamProblem(problem: TeamProblem, host = ''): ApiErrorBody {
  const text = PROBLEMS[problem];
  return { code: problem === 'bad_address' || problem === 'bad_fingerprint' ? 'invalid_input' : 'refused', message: text.zh.replace('{{host}}', host), messageEn: text.en.replace('{{host}}', host) };
}

/**
 * A fingerprint as pasted from the server's start line or a browser's certificate viewer: colons,
 * spaces and case do not matter; the prefix "SHA256:" or "sha256 Fingerprint=" is dropped.
 * Returns AB:CD:… (what Node and OpenSSL print), or null when it is not 32 bytes of hex.
 */
export function normalizeFingerprint(text: string): string | null {
  const hex = text.trim().replace(/^sha-?256(\s*fingerprint)?\s*[:=]?\s*/i, '').replace(/[\s:-]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

/**
 * A team server address as typed: "192.168.1.20:5443" means https; a path is dropped (the server
 * is its origin). Plain http is refused: the certificate pin is what makes the server trusted.
 */
export function normalizeTeamUrl(text: string): string | null {
  const typed = text.trim();
  if (!typed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  return url.origin;
}

/** Checks both fields; the first problem found, or the server to try. */
export function parseTeamServerInput(input: TeamServerInput): ApiResult<TeamServer> {
  const url = normalizeTeamUrl(input.url);
  if (!url) return { ok: false, error: teamProblem('bad_address') };
  const fingerprint = normalizeFingerprint(input.fingerprint);
  if (!fingerprint) return { ok: false, error: teamProblem('bad_fingerprint') };
  return { ok: true, value: { url, fingerprint } };
}
