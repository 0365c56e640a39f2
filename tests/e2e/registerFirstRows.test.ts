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
  beforeAll(async () => {
    session = await openApp({ route: '#/' });
    // 80 more projects: the sample register plus these is more than the first screen asks for.
    await callApi(session.page, 'data.generate', { projects: 80, seed: 5 });
  });
  afterAll(async () => { await session?.close(); });

  it('draws the first rows while the whole register is still on its way, then all of them', async () => {
    const { page, pageErrors } = session;
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

  it('asks for the whole register only once the first rows are drawn', async () => {
    const { page, pageErrors } = session;
    await page.evaluate(() => { window.location.hash = '#/'; });
    await page.locator('.home').first().waitFor(WAIT);
    let drawnWhenAsked: boolean | null = null;
    await page.route('**/api/projects.list', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { limit?: number };
      if (body.limit === undefined && drawnWhenAsked === null) drawnWhenAsked = (await page.locator('[role="row"][row-id^="p"]').count()) > 0;
      await route.continue();
    });
    await page.evaluate(() => { window.location.hash = '#/register'; });
    await expect.poll(() => drawnWhenAsked, { timeout: 20_000 }).not.toBeNull();
    await page.unroute('**/api/projects.list');
    expect(drawnWhenAsked).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('stops reading the whole register when the user leaves the register before it has come', async () => {
    const { page, pageErrors } = session;
    await page.evaluate(() => { window.location.hash = '#/'; });
    await page.locator('.home').first().waitFor(WAIT);
    const held: Route[] = [];
    await page.route('**/api/projects.list', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { limit?: number };
      // The register's whole list (not, after it, 进度甘特's own).
      if (body.limit === undefined && held.length === 0) held.push(route);
      else await route.continue();
    });
    const failed: string[] = [];
    page.on('requestfailed', (request) => { if (request.url().endsWith('/api/projects.list')) failed.push(request.failure()?.errorText ?? ''); });
    await page.evaluate(() => { window.location.hash = '#/register'; });
    await page.getByRole('status').filter({ hasText: '正在载入全部' }).waitFor(WAIT);
    await expect.poll(() => held.length, { timeout: 10_000 }).toBe(1);
    // 进度甘特 instead: the register's 30 MB (at 30,000 projects) would hold the page up for seconds.
    await page.evaluate(() => { window.location.hash = '#/gantt'; });
    await page.locator('.gantt-row').first().waitFor(WAIT);
    // Let the held answer go: Playwright reports the page's abort once the route is settled.
    await held[0]!.continue().catch(() => undefined);
    await expect.poll(() => failed.length, { timeout: 10_000 }).toBe(1);
    expect(failed[0]).toMatch(/ABORTED/i);
    await page.unroute('**/api/projects.list');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
