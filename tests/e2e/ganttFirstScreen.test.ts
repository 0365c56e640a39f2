/**
 * 进度甘特's first screen comes before the whole filtered register (issue 17): with the whole
 * register's answer held back, the first group's heading (its count from the service's rollup, the
 * whole group's) and its first rows are drawn, their bars' nodes arrive, and the page says the rest
 * is coming; once it comes, every project is there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Route } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 20_000 };

interface Row { id: number; chain: string; archived: boolean }
interface Rollup { rows: Array<{ key: string; count: number }> }

describe('进度甘特 first screen', () => {
  let session: AppSession;
  beforeAll(async () => { session = await openApp({ route: '#/' }); });
  afterAll(async () => { await session?.close(); });

  it('draws the first group and its rows with their bars while the whole register is on its way, then all of it', async () => {
    const { page, pageErrors } = session;
    await callApi(page, 'data.generate', { projects: 200, seed: 7 });
    const all = (await callApi<Row[]>(page, 'projects.list', {})).value;
    const firstGroup = (await callApi<Rollup>(page, 'rollups.by', { by: 'chain' })).value.rows[0]!;
    expect(firstGroup.count).toBe(all.filter((p) => p.chain === firstGroup.key).length);
    expect(firstGroup.count).toBeGreaterThan(10);

    const held: Route[] = [];
    await page.route('**/api/projects.list', async (route) => {
      const body = JSON.parse(route.request().postData() ?? '{}') as { limit?: number };
      if (body.limit === undefined) held.push(route);
      else await route.continue();
    });
    const nodesAsked = page.waitForResponse('**/api/nodes.ofProjects', WAIT);
    await page.evaluate(() => { window.location.hash = '#/gantt'; });
    const heading = page.locator('.gantt-group-row').first();
    await heading.waitFor(WAIT);
    expect(await heading.locator('.gantt-group-key').textContent()).toBe(firstGroup.key);
    expect(await heading.locator('.gantt-group-count').textContent()).toContain(String(firstGroup.count));
    await page.getByRole('status').filter({ hasText: '正在载入其余项目' }).waitFor(WAIT);
    // The rows drawn are that group's, and their nodes were asked before the whole register came.
    const ids = await page.locator('.gantt-row[data-project-id]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-project-id'))));
    expect(ids.length).toBeGreaterThan(5);
    const chainOf = new Map(all.map((p) => [p.id, p.chain]));
    expect(ids.every((id) => chainOf.get(id) === firstGroup.key)).toBe(true);
    await nodesAsked;
    await expect.poll(() => held.length, WAIT).toBe(1);

    await held[0]!.continue();
    await page.unroute('**/api/projects.list');
    await page.getByRole('status').filter({ hasText: '正在载入其余项目' }).waitFor({ state: 'detached', ...WAIT });
    await page.locator('.gantt-count').filter({ hasText: `${all.length} 个项目` }).waitFor(WAIT);
    expect(pageErrors).toEqual([]);
  }, 120_000);
});
