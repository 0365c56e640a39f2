/** On 1 December nobody has reported December yet: 首页, 投资汇总 and 报表 open on November (1–11月), not an empty 1–12月. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };

describe('the default month on the 1st', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp({ today: '2026-12-01', route: null });
    page = session.page;
  }, 60_000);
  afterAll(() => session?.close());

  it('首页 shows November', async () => {
    await page.getByRole('heading', { name: '2026年11月 重大项目推进情况' }).waitFor(WAIT);
  });

  it('投资汇总 shows 1–11月', async () => {
    await page.getByRole('link', { name: '投资汇总' }).click();
    await page.getByText('1–11月完成投资').first().waitFor(WAIT);
    expect(await page.getByText('1–12月完成投资').count()).toBe(0);
  });

  it('报表 proposes 1–11月 of 2026', async () => {
    await page.getByRole('link', { name: '报表' }).click();
    await page.getByRole('radio', { name: /重大项目推进情况表/ }).waitFor({ state: 'attached', ...WAIT });
    expect(await page.getByRole('combobox', { name: '截至月份' }).inputValue()).toBe('11');
  });

  it('ran without script errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
