/**
 * 进度甘特's 导出图片 of a filtered chart (issue 15): the picture holds every project of the filter,
 * not only the rows on screen, and its title names the filter. The PNG is decoded here: its title
 * is read from the file's Title text, its rows from the light dots down the project column.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, openApp, type AppSession } from './harness';
import { readPng } from './pngRead';
import { LIGHT_HEX } from '../../renderer/src/gantt/colors';
import type { LightColor, ProjectRow } from '../../shared/domain/types';

const WAIT = { timeout: 20_000 };

function hexRgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

function lightAt([r, g, b]: [number, number, number]): LightColor | null {
  for (const [color, hex] of Object.entries(LIGHT_HEX) as Array<[LightColor, string]>) {
    const [lr, lg, lb] = hexRgb(hex);
    if (Math.abs(r - lr) + Math.abs(g - lg) + Math.abs(b - lb) < 24) return color;
  }
  return null;
}

describe('进度甘特 导出图片 of a filter', () => {
  let session: AppSession;
  beforeAll(async () => {
    // Not grouped, so the picture's rows are the filter's projects one after another.
    session = await openApp({ route: '#/gantt?level=区重点&group=' });
  });
  afterAll(async () => { await session?.close(); });

  it('holds every project of a 15-project filter, in its light, under a title naming the filter', async () => {
    const { page, pageErrors } = session;
    // A screen shorter than the filter: the picture must not stop where the screen does.
    await page.setViewportSize({ width: 1366, height: 600 });
    await page.getByRole('searchbox', { name: '搜索项目' }).fill('湖州');
    await page.getByRole('status').filter({ hasText: /^15 个项目/ }).waitFor(WAIT);
    const expected = (await callApi<ProjectRow[]>(page, 'projects.list', { level: '区重点', query: '湖州' })).value;
    expect(expected).toHaveLength(15);
    // Rows on screen (the column also holds rows just beyond it, clipped, ready for a scroll).
    const onScreen = await page.evaluate(() => {
      const box = document.querySelector('.gantt-rows')!.getBoundingClientRect();
      return [...document.querySelectorAll('.gantt-row')].filter((r) => { const b = r.getBoundingClientRect(); return b.bottom > box.top && b.top < box.bottom; }).length;
    });
    expect(onScreen).toBeLessThan(15);

    const [download] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: '导出图片' }).click()]);
    expect(download.suggestedFilename()).toBe('重大项目进度甘特图_2026-11-22.png');
    const png = readPng(fs.readFileSync((await download.path())!));
    expect(png.text.Title).toBe('重大项目进度甘特图 · 级别=区重点 · 搜索“湖州” · 15个项目');

    // Down the project column through the light dots (x = 17 px, drawn at twice the size), above the
    // legend's 30 px (its red swatch sits at that x too): one dot per project, in the order and colour
    // of the register's rows.
    const scale = 2;
    const dots: LightColor[] = [];
    let inside = false;
    for (let y = 0; y < png.height - 30 * scale; y++) {
      const light = lightAt(png.rgb(17 * scale, y));
      if (light && !inside) dots.push(light);
      inside = light !== null;
    }
    expect(dots).toEqual(expected.map((p) => p.light.color));
    // Tall enough for title, header, 15 rows of 30 px and the legend.
    expect(png.height).toBeGreaterThanOrEqual(scale * 15 * 30);
    expect(pageErrors).toEqual([]);
  }, 90_000);
});
