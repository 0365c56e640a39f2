/**
 * A window on a team server: the server's own pages (its sign-in first), with no preload and the
 * usual hardening; the title names the server. When the server cannot be used (down, another
 * certificate) the window shows the shell's problem page with 重试 and 切换到本机台账, never a blank page.
 */

import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { TeamProblem, TeamServer } from '../../shared/desktop';
import { remoteWebPreferences } from './security';
import { isTeamProblemUrl, RETRY_URL, teamProblemUrl, USE_LOCAL_URL } from './teamProblemPage';

export interface TeamWindow {
  win: BrowserWindow;
  server: TeamServer;
  /** The pinned check refused this server's certificate: the window stops and says so. */
  certificateRefused(): void;
}

export function teamWindowTitle(server: TeamServer): string {
  return `重大项目台账 — 团队服务器 ${new URL(server.url).host}`;
}

/** Chromium's network error numbers (net_error_list.h) the clerk can act on. */
function problemOfLoadError(code: number): TeamProblem {
  if (code === -105 || code === -137) return 'not_found'; // NAME_NOT_RESOLVED, NAME_RESOLUTION_FAILED
  if (code === -107 || code === -113) return 'not_https'; // SSL_PROTOCOL_ERROR, SSL_VERSION_OR_CIPHER_MISMATCH
  if (code <= -200 && code > -300) return 'fingerprint'; // a certificate error
  return 'unreachable';
}

/**
 * A server PC that is off on a routed network answers nothing: Chromium would wait minutes on a
 * blank window. After this long without the server's page, the window says it cannot reach it.
 */
export const TEAM_LOAD_TIMEOUT_MS = 20_000;

export function openTeamWindow(server: TeamServer, base: BrowserWindowConstructorOptions, onUseLocal: () => void, loadTimeoutMs = TEAM_LOAD_TIMEOUT_MS): TeamWindow {
  const host = new URL(server.url).host;
  // Shown at once (not on first paint): the clerk sees the window while the server is asked.
  const win = new BrowserWindow({ ...base, show: true, title: teamWindowTitle(server), webPreferences: remoteWebPreferences() });
  let refused = false;
  let shown: TeamProblem | null = null;
  let waiting: ReturnType<typeof setTimeout> | undefined;
  const stopWaiting = () => {
    clearTimeout(waiting);
    waiting = undefined;
  };
  const load = (url: string) => win.loadURL(url).catch(() => undefined); // a failure arrives as did-fail-load
  const showProblem = (problem: TeamProblem) => {
    stopWaiting();
    if (shown === problem && isTeamProblemUrl(win.webContents.getURL())) return;
    shown = problem;
    void load(teamProblemUrl(problem, host));
  };
  const open = () => {
    refused = false;
    shown = null;
    stopWaiting();
    waiting = setTimeout(() => {
      win.webContents.stop();
      showProblem('unreachable');
    }, loadTimeoutMs);
    void load(`${server.url}/`);
  };
  win.webContents.on('did-finish-load', () => {
    if (!isTeamProblemUrl(win.webContents.getURL())) stopWaiting();
  });
  win.on('closed', stopWaiting);
  // The server's page names itself; the title keeps saying which server this is.
  win.on('page-title-updated', (event) => event.preventDefault());
  win.webContents.on('did-fail-load', (_event, code: number, _description: string, url: string, isMainFrame: boolean) => {
    if (!isMainFrame || code === -3 || !url.startsWith(`${server.url}/`)) return; // -3: replaced by another load
    showProblem(refused ? 'fingerprint' : problemOfLoadError(code));
  });
  // The problem page's two links: navigations the shell answers instead of following.
  win.webContents.on('will-navigate', (event, url: string) => {
    if (!isTeamProblemUrl(win.webContents.getURL())) return;
    if (url === RETRY_URL) {
      event.preventDefault();
      open();
    } else if (url === USE_LOCAL_URL) {
      event.preventDefault();
      onUseLocal();
    }
  });
  open();
  return {
    win,
    server,
    certificateRefused() {
      refused = true;
      showProblem('fingerprint');
    },
  };
}
