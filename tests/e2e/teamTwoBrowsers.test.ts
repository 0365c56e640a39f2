/**
 * 团队版 as an office uses it: the team server on the sample register, its first 管理员 made with
 * the CLI and the others added by the 管理员 (two 编辑, a 填报 of 凤凰街道, a 只读 leader on a
 * phone), each in their own browser. Two editors save the same project: the second is refused
 * with the first one's name and time, keeps what they typed, saves it on top, and the history
 * names both. The 填报 sees only 凤凰街道 and cannot save another area's project (403, nothing
 * written); the 只读 leader is offered nothing to edit; a password guesser is made to wait (429).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ProjectDetail } from '../../shared/contract';
import type { ProjectRow } from '../../shared/domain/types';
import { launchTeamBrowser, signInAs, startTeamApp, type TeamApp, type TeamBrowser } from './teamHarness';

const WAIT = { timeout: 20_000 };
const WEILAN = '卫蓝新能源年产20GWh固态电池项目';
const ADMIN_PASSWORD = 'admin-pass-2026';
const PEOPLE = [
  { name: 'wangfang', displayName: '王芳', role: 'editor', password: 'wangfang-2026' },
  { name: 'zhaolei', displayName: '赵磊', role: 'editor', password: 'zhaolei-2026' },
  { name: 'fh01', displayName: '凤凰街道小陈', role: 'filler', scope: { area: '凤凰街道' }, password: 'fenghuang-2026' },
  { name: 'lingdao', displayName: '李副区长', role: 'viewer', password: 'lingdao-2026' },
] as const;

let app: TeamApp;
let chrome: TeamBrowser;
let all: ProjectRow[];
let weilan: ProjectRow;

const asAdmin = <T,>(method: string, input: unknown) => app.callAs<T>('admin', ADMIN_PASSWORD, method, input);

async function projectNames(page: Page): Promise<string[]> {
  return page.locator('[role="row"][row-id^="p"] [role="gridcell"][col-id="name"]').allInnerTexts();
}

/** Only refused calls (HTTP 4xx, logged by the browser) are expected among a page's errors. */
function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !/status of 4\d\d/.test(e));
}

beforeAll(async () => {
  app = await startTeamApp({ adminPassword: ADMIN_PASSWORD });
  for (const person of PEOPLE) {
    const made = await asAdmin('accounts.create', person);
    expect(made.status, person.name).toBe(200);
  }
  all = (await asAdmin<ProjectRow[]>('projects.list', {})).body.value!;
  weilan = all.find((p) => p.name === WEILAN)!;
  chrome = await launchTeamBrowser();
}, 180_000);

afterAll(async () => {
  await chrome?.close();
  await app?.stop();
});

describe('团队版: several people, one register', () => {
  it('two editors save the same project: the second is refused naming the first, keeps the text, and the history names both', async () => {
    const first = await chrome.person();
    const second = await chrome.person();
    await signInAs(first.page, app.url, 'wangfang', 'wangfang-2026');
    await signInAs(second.page, app.url, 'zhaolei', 'zhaolei-2026');
    for (const [person, who] of [[first, '王芳'], [second, '赵磊']] as const) {
      await person.page.getByRole('button', { name: new RegExp(who) }).waitFor(WAIT);
      await person.page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, weilan.id);
      await person.page.getByRole('heading', { name: WEILAN, level: 2 }).waitFor(WAIT);
    }
    await first.page.getByLabel('形象进度').fill('王芳：主体结构封顶');
    await second.page.getByLabel('形象进度').fill('赵磊：设备进场调试');
    await first.page.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(() => first.page.getByText(/^版本 \d+$/).innerText(), WAIT).not.toBe(`版本 ${weilan.version}`);

    await second.page.getByRole('button', { name: '保存修改' }).click();
    const refusal = second.page.getByRole('alert').filter({ hasText: '已在别处被修改' });
    await refusal.waitFor(WAIT);
    expect(await refusal.innerText()).toMatch(/王芳 于 \d{4}-\d\d-\d\d \d\d:\d\d 已保存此项目/);
    // Nothing lost: the refused text is still in the field, and stays there over the reload.
    expect(await second.page.getByLabel('形象进度').inputValue()).toBe('赵磊：设备进场调试');
    await refusal.getByRole('button', { name: '保留我的修改，合并最新数据' }).click();
    await expect.poll(() => second.page.getByText(/^版本 \d+$/).innerText(), WAIT).not.toBe(`版本 ${weilan.version}`);
    expect(await second.page.getByLabel('形象进度').inputValue()).toBe('赵磊：设备进场调试');
    await second.page.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(async () => (await asAdmin<ProjectDetail>('projects.get', { id: weilan.id })).body.value!.project.progressNote, WAIT).toBe('赵磊：设备进场调试');

    await second.page.getByRole('tab', { name: /修改记录|变更记录|历史/ }).click();
    const history = second.page.getByRole('table');
    await expect.poll(() => history.getByText('王芳：主体结构封顶').count(), WAIT).toBeGreaterThan(0);
    const rows = await history.getByRole('row').allInnerTexts();
    expect(rows.some((r) => r.includes('王芳') && r.includes('王芳：主体结构封顶'))).toBe(true);
    expect(rows.some((r) => r.includes('赵磊') && r.includes('赵磊：设备进场调试'))).toBe(true);
    expect(unexpected(first.errors)).toEqual([]);
    expect(unexpected(second.errors)).toEqual([]);
    await first.context.close();
    await second.context.close();
  });

  it('a 填报 of 凤凰街道 sees only 凤凰街道 and cannot save another area\'s project (403, nothing written)', async () => {
    const filler = await chrome.person();
    await signInAs(filler.page, app.url, 'fh01', 'fenghuang-2026');
    await filler.page.getByRole('button', { name: /凤凰街道小陈/ }).waitFor(WAIT);
    await filler.page.evaluate(() => { window.location.hash = '#/register'; });
    const own = all.filter((p) => p.area === '凤凰街道').map((p) => p.name).sort();
    await expect.poll(async () => (await projectNames(filler.page)).sort(), WAIT).toEqual(own);
    await expect.poll(() => filler.page.getByText(`共 ${own.length} 个项目`).count(), WAIT).toBe(1);

    const longxi = all.find((p) => p.area === '龙溪街道')!;
    const before = (await asAdmin<ProjectDetail>('projects.get', { id: longxi.id })).body.value!.project;
    const refused = await filler.page.evaluate(async ({ id, version }) => {
      const res = await fetch('./api/projects.update', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id, version, changes: { progressNote: '越权修改' } }) });
      return { status: res.status, body: (await res.json()) as { error?: { message: string } } };
    }, { id: longxi.id, version: longxi.version });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toContain('龙溪街道');
    const after = (await asAdmin<ProjectDetail>('projects.get', { id: longxi.id })).body.value!.project;
    expect({ note: after.progressNote, version: after.version }).toEqual({ note: before.progressNote, version: before.version });
    // Nor may they open its page: it is not theirs to see.
    await filler.page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, longxi.id);
    await filler.page.getByRole('alert').filter({ hasText: '只能查看本区域或本单位的项目' }).waitFor(WAIT);
    expect(unexpected(filler.errors)).toEqual([]);
    await filler.context.close();
  });

  it('a 只读 leader on a phone is offered nothing to edit', async () => {
    const leader = await chrome.person({ width: 390, height: 844 });
    await signInAs(leader.page, app.url, 'lingdao', 'lingdao-2026');
    await leader.page.getByRole('button', { name: /李副区长/ }).waitFor(WAIT);
    // The page fits the phone's width: nothing to scroll sideways (the sidebar's row of links scrolls within itself).
    await expect.poll(() => leader.page.evaluate(() => [document.documentElement.scrollWidth, ...[...document.querySelectorAll('body *')]
      .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('.sidebar')).slice(0, 3).map((e) => e.className)]), WAIT).toEqual([390]);
    expect(await leader.page.getByRole('link', { name: '导入' }).count()).toBe(0);
    await leader.page.evaluate(() => { window.location.hash = '#/register'; });
    await expect.poll(async () => (await projectNames(leader.page)).length, WAIT).toBeGreaterThan(0);
    expect(await leader.page.getByRole('button', { name: /新增项目/ }).count()).toBe(0);
    await leader.page.locator('[role="row"][row-id^="p"] [role="gridcell"][col-id="name"]').first().dblclick();
    expect(await leader.page.locator('.ag-cell-inline-editing, .ag-popup-editor').count()).toBe(0);

    await leader.page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, weilan.id);
    await leader.page.getByRole('heading', { name: WEILAN, level: 2 }).waitFor(WAIT);
    expect(await leader.page.getByRole('note').filter({ hasText: '只能查看此项目' }).count()).toBe(1);
    expect(await leader.page.getByRole('button', { name: '保存修改' }).isVisible()).toBe(false);
    expect(await leader.page.getByLabel('形象进度').isDisabled()).toBe(true);

    await leader.page.evaluate(() => { window.location.hash = '#/monthly'; });
    await leader.page.getByRole('button', { name: '月结与比上月' }).click();
    await leader.page.getByRole('button', { name: /导出比上月变化表/ }).waitFor(WAIT);
    expect(await leader.page.getByRole('button', { name: /^(重新)?月结 / }).count()).toBe(0);
    expect(unexpected(leader.errors)).toEqual([]);
    await leader.context.close();
  });

  it('a session that ends mid-work brings the sign-in form over the page, and the unsaved form survives it', async () => {
    const person = await chrome.person();
    await signInAs(person.page, app.url, 'wangfang', 'wangfang-2026');
    await person.page.getByRole('button', { name: /王芳/ }).waitFor(WAIT);
    await person.page.evaluate((id) => { window.location.hash = `#/project/${id}`; }, weilan.id);
    await person.page.getByRole('heading', { name: WEILAN, level: 2 }).waitFor(WAIT);
    await person.page.getByLabel('存在问题').fill('王芳：用地指标待落实');
    // The session ends (idle too long, or signed out elsewhere): the browser no longer holds it.
    await person.context.clearCookies();
    await person.page.getByRole('button', { name: '保存修改' }).click();
    const overlay = person.page.getByRole('dialog', { name: '登录已过期，请重新登录' });
    await overlay.waitFor(WAIT);
    await overlay.getByLabel('用户名').fill('wangfang');
    await overlay.getByLabel('密码').fill('wangfang-2026');
    await overlay.getByRole('button', { name: '登录', exact: true }).click();
    await overlay.waitFor({ state: 'detached', ...WAIT });
    expect(await person.page.getByLabel('存在问题').inputValue()).toBe('王芳：用地指标待落实');
    await person.page.getByRole('button', { name: '保存修改' }).click();
    await expect.poll(async () => (await asAdmin<ProjectDetail>('projects.get', { id: weilan.id })).body.value!.project.problems, WAIT).toBe('王芳：用地指标待落实');
    expect(unexpected(person.errors)).toEqual([]);
    await person.context.close();
  });

  it('a password guesser is made to wait, and told so', async () => {
    const guesser = await chrome.person();
    await guesser.page.goto(app.url);
    const alert = guesser.page.getByRole('alert');
    for (let i = 0; i < 5; i++) {
      await guesser.page.getByLabel('用户名').fill('wangfang');
      await guesser.page.getByLabel('密码').fill(`guess-${i}-wrong`);
      await guesser.page.getByRole('button', { name: '登录', exact: true }).click();
      // The answer has come when the refused password is cleared from its field.
      await expect.poll(() => guesser.page.getByLabel('密码').inputValue(), WAIT).toBe('');
      expect(await alert.innerText()).toContain('用户名或密码不对');
    }
    await guesser.page.getByLabel('密码').fill('wangfang-2026');
    await guesser.page.getByRole('button', { name: '登录', exact: true }).click();
    await expect.poll(() => alert.innerText(), WAIT).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
    expect(await guesser.page.getByRole('button', { name: /王芳/ }).count()).toBe(0);
    await guesser.context.close();
  });
});
