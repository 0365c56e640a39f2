/**
 * 项目台账's first screen comes before the whole register (issue 17): with the whole register's
 * answer held back, the first rows are drawn and the page says the rest is coming; once it comes,
 * every project is there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 20_000 };

describe('项目台账 first screen', () => {
  let session: AppSession;
  // Opened on 首页: the register is asked for only when the test goes there.
  beforeAll(async () => { session = await openApp({ route: '#/' }); });
  afterAll(async () => { await session?.close(); });

  it('draws the first rows while the whole register is still on its way, then all of them', async () => {
    const { page, pageErrors } = session;
    // 80 more projects: the sample register plus these is more than the first screen asks for.
    await callApi(page, 'data.generate', { projects: 80, seed: 5 });
    const total = (await callApi<unknown[]>(page, 'projects.list', {})).value.length;
    expect(total).toBeGreaterThan(100);

    const held: Route[] = [];
    await page.route('**/api/projects.list', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { limit?: number };
      if (body.limit === undefined) held.push(route);
      else await route.continue();
    });
    await page.evaluate(() => { window.location.hash = '#/register'; });
    await page.locator('[role="row"][row-id^="p"]').first().waitFor(WAIT);
    await page.getByRole('status').filter({ hasText: `正在载入全部 ${total} 个` }).waitFor(WAIT);
    expect(held.length).toBe(1);
    // Figures of the first rows only would read as the register's: no count, light tally or 合计 yet.
    expect(await page.locator('.stat-count').count()).toBe(0);
    expect(await page.locator('.row-total').count()).toBe(0);

    await held[0]!.continue();
    await page.unroute('**/api/projects.list');
    await page.getByRole('status').filter({ hasText: '正在载入全部' }).waitFor({ state: 'detached', ...WAIT });
    await page.locator('.stat-count').filter({ hasText: String(total) }).first().waitFor(WAIT);
    await page.locator('.row-total').first().waitFor(WAIT);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
