/**
 * The page a team window shows instead of a blank one when its server cannot be used: what is
 * wrong (in Chinese and English) with 重试 and 切换到本机台账. It is served by the app's own
 * protocol and has no script: its two links are navigations the shell intercepts.
 */

import { teamProblem, type TeamProblem } from '../../shared/desktop';
import { APP_ORIGIN } from './security';

export const TEAM_PROBLEM_PATH = '/shell/team-problem.html';
export const RETRY_URL = `${APP_ORIGIN}/shell/retry`;
export const USE_LOCAL_URL = `${APP_ORIGIN}/shell/use-local`;

const PROBLEMS: readonly TeamProblem[] = ['not_found', 'unreachable', 'not_https', 'fingerprint', 'host_name', 'not_team'];

export function teamProblemUrl(problem: TeamProblem, host: string): string {
  return `${APP_ORIGIN}${TEAM_PROBLEM_PATH}?${new URLSearchParams({ problem, host }).toString()}`;
}

export function isTeamProblemUrl(url: string): boolean {
  return url.startsWith(`${APP_ORIGIN}${TEAM_PROBLEM_PATH}`);
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function teamProblemHtml(url: URL): string {
  const asked = url.searchParams.get('problem') ?? '';
  const problem = (PROBLEMS as readonly string[]).includes(asked) ? (asked as TeamProblem) : 'unreachable';
  // Only what a host:port can hold; the page is the shell's, the parameters too, but escape all the same.
  const host = (url.searchParams.get('host') ?? '').replace(/[^\w.:[\]-]/g, '').slice(0, 200);
  const body = teamProblem(problem, host);
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>重大项目台账 — 无法打开团队服务器</title>
<style>
body { font-family: "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif; background: #f5f6f8; color: #1f2933; margin: 0; }
main { max-width: 620px; margin: 14vh auto 0; background: #fff; border: 1px solid #d8dde3; border-radius: 6px; padding: 28px 32px; }
h1 { font-size: 20px; margin: 0 0 14px; }
p { font-size: 15px; line-height: 1.6; margin: 0 0 8px; }
.en { color: #52606d; font-size: 13px; }
.host { font-family: Consolas, monospace; color: #52606d; }
nav { margin-top: 22px; display: flex; gap: 12px; }
a { display: inline-block; padding: 8px 18px; border-radius: 4px; text-decoration: none; font-size: 14px; border: 1px solid #1d5fbf; }
a.primary { background: #1d5fbf; color: #fff; }
a.secondary { color: #1d5fbf; background: #fff; }
</style></head>
<body><main role="alert">
<h1>无法打开团队服务器 <span class="en">Cannot open the team server</span></h1>
<p>${escape(body.message)}</p>
<p class="en">${escape(body.messageEn)}</p>
<p class="host">${escape(host)}</p>
<nav><a class="primary" href="${RETRY_URL}">重试 / Retry</a><a class="secondary" href="${USE_LOCAL_URL}">切换到本机台账 / Use the register on this PC</a></nav>
</main></body></html>`;
}
