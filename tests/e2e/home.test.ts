/** 首页: the app opens on it; its figures open the register on exactly the projects they count; 关注项目 are kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };

interface Row { id: number; name: string; light: { color: string } }

describe('首页', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({ route: null });
    page = session.page;
  }, 60_000);
  afterAll(() => session?.close());

  const registerCount = async () => Number((await page.getByText(/^共 \d+ 个项目$/).innerText()).match(/\d+/)![0]);

  it('is where the app opens, with the month and the register’s totals', async () => {
    await page.getByRole('heading', { name: '2026年11月 重大项目推进情况' }).waitFor(WAIT);
    const { value: rows } = await callApi<Row[]>(page, 'projects.list', {});
    expect(await page.locator('[data-figure="count"] .home-card-value').innerText()).toBe(`${rows.length} 个`);
    expect(await page.getByRole('link', { name: '首页', exact: true }).getAttribute('aria-current')).toBe('page');
  });

  it('opens the register on exactly the red projects from 全部 N 个', async () => {
    const { value: rows } = await callApi<Row[]>(page, 'projects.list', {});
    const red = rows.filter((r) => r.light.color === 'red');
    const panel = page.getByRole('region', { name: /红灯项目/ });
    await panel.getByRole('link', { name: `全部 ${red.length} 个` }).click();
    await expect.poll(registerCount, WAIT).toBe(red.length);
    await page.getByRole('group', { name: '当前范围' }).getByText(`首页：红灯项目 · ${red.length} 个项目`).waitFor(WAIT);
    await page.getByRole('link', { name: '移除范围：首页：红灯项目' }).click();
    await expect.poll(registerCount, WAIT).toBe(rows.length);
  });

  it('opens the register on the projects signed this year from the 新签约 count', async () => {
    await page.getByRole('link', { name: '首页', exact: true }).click();
    const row = page.getByRole('region', { name: '新进展' }).getByRole('row', { name: /新签约/ });
    const link = row.getByRole('cell').nth(1).getByRole('link');
    const count = Number(await link.innerText());
    expect(count).toBeGreaterThan(0);
    await link.click();
    await expect.poll(registerCount, WAIT).toBe(count);
  });

  it('keeps a project starred from 首页 in 关注项目, and in its 项目详情', async () => {
    await page.getByRole('link', { name: '首页', exact: true }).click();
    const panel = page.getByRole('region', { name: /红灯项目/ });
    const first = panel.getByRole('listitem').first();
    const name = await first.getByRole('link').innerText();
    await first.getByRole('button', { name: `关注「${name}」` }).click();
    const watched = page.getByRole('region', { name: /关注项目/ });
    await watched.getByRole('link', { name }).waitFor(WAIT);
    await watched.getByRole('link', { name }).click();
    await page.getByRole('heading', { name, level: 2 }).waitFor(WAIT);
    await page.getByRole('button', { name: `取消关注「${name}」` }).click();
    await page.getByRole('button', { name: `关注「${name}」` }).waitFor(WAIT);
    await page.getByRole('link', { name: '首页', exact: true }).click();
    await page.getByRole('region', { name: /关注项目/ }).getByText(/还没有关注的项目/).waitFor(WAIT);
  });

  it('shows another month when picked', async () => {
    await page.getByLabel('月份').selectOption('2026-10');
    await page.getByRole('heading', { name: '2026年10月 重大项目推进情况' }).waitFor(WAIT);
    expect(await page.locator('[data-figure="ytd"] .home-card-label').innerText()).toBe('1–10月完成投资');
  });

  it('使用说明 states the light rules as set now', async () => {
    await page.getByRole('link', { name: '使用说明' }).click();
    const rules = page.getByRole('region', { name: '亮灯规则（按当前设置）' });
    await rules.getByText('黄灯（预警）：节点将在 15 天内到期，仍未完成').waitFor(WAIT);
    await callApi(page, 'settings.update', { warningDays: 20 });
    await page.reload();
    await rules.getByText('黄灯（预警）：节点将在 20 天内到期，仍未完成').waitFor(WAIT);
  });

  it('ran without script errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
