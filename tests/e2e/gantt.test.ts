/**
 * 进度甘特 as a person reads it on the sample register: 卫蓝's nodes in their lights' colours with
 * their dates in the tooltip, every light colour somewhere on the chart, the scale changing with the
 * zoom, a project opened from its row, a node dragged only once editing is on (and found in the
 * history), and the chart saved as a picture and printed as the 挂图作战图.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callApi, openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };
const WEILAN = '卫蓝新能源年产20GWh固态电池项目';

/** The register's light colours (styles.css), as the chart must draw them. */
const LIGHTS = {
  red: [0xd9, 0x30, 0x25],
  yellow: [0xe3, 0xb0, 0x08],
  amber: [0xea, 0x7a, 0x12],
  green: [0x1e, 0x9e, 0x50],
  grey: [0xa3, 0xab, 0xb6],
  blue: [0x2b, 0x7d, 0xe9],
} as const;
type Light = keyof typeof LIGHTS;
const STATUS: Record<Light, string> = { red: '逾期', yellow: '预警', amber: '完成滞后', green: '完成', grey: '未开始', blue: '进行中' };

interface ApiNode {
  id: number;
  projectId: number;
  name: string;
  plannedStart: string | null;
  plannedEnd: string | null;
  actualStart: string | null;
  actualEnd: string | null;
  light: { color: Light; status: string };
}

async function call<T>(page: Page, method: string, input: unknown): Promise<T> {
  return (await callApi<T>(page, method, input)).value;
}

/** The light colour nearest a pixel, when it is close enough to be that colour and not a tint or a line. */
function lightOf([r, g, b]: number[]): Light | null {
  let best: Light | null = null;
  let bestDistance = 30;
  for (const [name, [lr, lg, lb]] of Object.entries(LIGHTS) as Array<[Light, readonly number[]]>) {
    const d = Math.hypot(r! - lr!, g! - lg!, b! - lb!);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** Pixels of the chart canvas in a box given in page coordinates: its width in pixels and [r, g, b] triples row by row. */
async function pixels(page: Page, box: { x: number; y: number; width: number; height: number }): Promise<{ width: number; px: number[][] }> {
  const { width, flat } = await page.evaluate(async (box) => {
    // ECharts paints on the next animation frame after a change: read what that frame shows.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const canvas = document.querySelector<HTMLCanvasElement>('.gantt-canvas canvas')!;
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const w = Math.max(1, Math.round(box.width * scale));
    const h = Math.max(1, Math.round(box.height * scale));
    const data = canvas.getContext('2d')!.getImageData(Math.round((box.x - rect.left) * scale), Math.round((box.y - rect.top) * scale), w, h).data;
    const out: number[] = [];
    for (let i = 0; i < data.length; i += 4) out.push(data[i]!, data[i + 1]!, data[i + 2]!);
    return { width: w, flat: out };
  }, box);
  const px: number[][] = [];
  for (let i = 0; i < flat.length; i += 3) px.push(flat.slice(i, i + 3));
  return { width, px };
}

/** The tooltip on screen: its text and the node it names. */
async function tooltip(page: Page): Promise<{ text: string; node: string } | null> {
  return page.evaluate(() => {
    const tip = document.querySelector<HTMLElement>('.gantt-tip');
    if (!tip || tip.style.display === 'none' || tip.style.visibility === 'hidden' || Number(tip.style.opacity || '1') === 0) return null;
    return { text: tip.innerText, node: tip.querySelector('.gantt-tip-node b')?.textContent ?? '' };
  });
}

/** A project's name in the Gantt's project column: a button that opens its 项目详情. */
function projectButton(page: Page, name: string) {
  return page.getByRole('list', { name: '项目' }).getByRole('button', { name, exact: true });
}

async function canvasBox(page: Page) {
  return (await page.locator('.gantt-canvas').boundingBox())!;
}

async function rowBox(page: Page, name: string) {
  return (await projectButton(page, name).locator('xpath=..').boundingBox())!;
}

/** Two animation frames: a scroll set by a click is handled, and what it changed is painted. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function todayX(page: Page): Promise<number | null> {
  await settle(page);
  const locator = page.locator('.gantt-today-tag');
  if ((await locator.count()) === 0) return null;
  const tag = await locator.boundingBox();
  return tag ? tag.x + tag.width / 2 : null;
}

async function zoom(page: Page, name: '周' | '月' | '季' | '年'): Promise<void> {
  await page.getByRole('radio', { name, exact: true }).click();
  await expect.poll(() => page.getByRole('radio', { name, exact: true }).getAttribute('aria-checked'), WAIT).toBe('true');
}

/**
 * Moves the pointer along a project's row, 3 px at a time over the coloured parts, and notes which
 * node each tooltip names, with the colour under the pointer (the bar's column of pixels, by majority).
 */
async function scanRow(page: Page, name: string): Promise<Map<string, { tips: string[]; colours: Light[] }>> {
  const row = await rowBox(page, name);
  const body = await canvasBox(page);
  const mid = row.y + row.height / 2;
  const { width, px: strip } = await pixels(page, { x: body.x, y: mid - 9, width: body.width, height: 18 });
  const today = await todayX(page);
  const found = new Map<string, { tips: string[]; colours: Light[] }>();
  for (let x = 0; x < width; x += 3) {
    const column: Light[] = [];
    for (let y = 0; y < 18; y++) {
      const light = lightOf(strip[y * width + x]!);
      if (light) column.push(light);
    }
    if (column.length === 0) continue;
    const pageX = body.x + x + 0.5;
    if (today !== null && Math.abs(pageX - today) < 4) continue;
    await page.mouse.move(pageX, mid);
    const tip = await tooltip(page);
    if (!tip) continue;
    const entry = found.get(tip.node) ?? { tips: [], colours: [] };
    entry.tips.push(tip.text);
    entry.colours.push(...column);
    found.set(tip.node, entry);
  }
  await page.mouse.move(0, 0);
  return found;
}

function majority(colours: Light[]): Light | undefined {
  const counts = new Map<Light, number>();
  for (const c of colours) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

describe('进度甘特', () => {
  let session: AppSession;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    session = await openApp();
    ({ page, pageErrors } = session);
    await page.getByRole('link', { name: '进度甘特' }).click();
    await projectButton(page, WEILAN).waitFor(WAIT);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('draws 卫蓝\'s nodes in their lights\' colours, with planned and actual dates in the tooltip', async () => {
    const projects = await call<Array<{ id: number; name: string }>>(page, 'projects.list', { query: WEILAN });
    const weilan = projects.find((p) => p.name === WEILAN)!;
    const nodes = await call<ApiNode[]>(page, 'nodes.list', { projectId: weilan.id });
    expect(nodes.length).toBeGreaterThan(5);

    await page.getByRole('searchbox', { name: '搜索项目' }).fill(WEILAN);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '个项目' }).innerText(), WAIT).toMatch(/^1 个项目/);
    await page.getByRole('button', { name: '适应范围' }).click();
    await page.waitForTimeout(300);
    const found = await scanRow(page, WEILAN);

    for (const node of nodes) {
      const seen = found.get(node.name);
      expect(seen, `${node.name} is found under the pointer`).toBeDefined();
      expect(majority(seen!.colours), `${node.name} is drawn ${node.light.color}`).toBe(node.light.color);
      const tip = seen!.tips.join('\n');
      expect(tip).toContain(STATUS[node.light.color]);
      expect(tip).toContain(node.plannedEnd ?? '');
      if (node.actualEnd) expect(tip).toContain(node.actualEnd);
      else if (node.actualStart) expect(tip).toContain(`${node.actualStart} 起，进行中`);
    }
    const signing = found.get('签约')!.tips[0]!;
    expect(signing).toContain(WEILAN);
    expect(signing).toMatch(/计划：\d{4}-\d{2}-\d{2}/);
    expect(signing).toMatch(/实际：\d{4}-\d{2}-\d{2}/);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows every light colour of the sample register, each project with the register\'s light', async () => {
    await page.getByRole('searchbox', { name: '搜索项目' }).fill('');
    await page.getByLabel('分组').selectOption({ label: '不分组' });
    await zoom(page, '年');
    const rows = await call<Array<{ name: string; light: { label: string } }>>(page, 'projects.list', {});
    await expect.poll(() => page.getByRole('status').filter({ hasText: '个项目' }).innerText(), WAIT).toBe(`${rows.length} 个项目`);

    const seen = new Set<Light>();
    const lightsShown = new Map<string, string>();
    const board = page.locator('.gantt-board');
    // Bounded: a board that never reaches its end (a wrong height) fails here instead of looping on.
    for (let top = 0, stop = Date.now() + 60_000; ; top += 300) {
      if (Date.now() > stop) throw new Error(`the Gantt board did not reach its end by scrolling (at ${top} px)`);
      await board.evaluate((el, top) => { el.scrollTop = top; }, top);
      await page.waitForTimeout(50);
      // What the project column shows: each name with its light's label.
      for (const [name, label] of await page.locator('.gantt-row[data-project-id]').evaluateAll((items) =>
        items.map((item) => [item.querySelector('button')?.textContent ?? '', item.querySelector('[role=img]')?.getAttribute('aria-label') ?? '']))) {
        lightsShown.set(name!, label!);
      }
      // The canvas's pixels, classified in the page (a whole screen of pixels is too much to send back).
      const today = await todayX(page);
      for (const light of await page.evaluate(async ({ lights, today }) => {
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const canvas = document.querySelector<HTMLCanvasElement>('.gantt-canvas canvas')!;
        const rect = canvas.getBoundingClientRect();
        const scale = canvas.width / rect.width;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        const found = new Set<string>();
        for (let i = 0; i < data.length; i += 4) {
          const x = rect.left + ((i / 4) % canvas.width) / scale;
          if (today !== null && Math.abs(x - today) < 4) continue;
          for (const [name, [r, g, b]] of Object.entries(lights)) {
            if (Math.hypot(data[i]! - r!, data[i + 1]! - g!, data[i + 2]! - b!) < 30) found.add(name);
          }
        }
        return [...found];
      }, { lights: LIGHTS as Record<string, readonly number[]>, today })) seen.add(light as Light);
      if (await board.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1)) break;
    }
    expect([...seen].sort()).toEqual(Object.keys(LIGHTS).sort());
    expect(lightsShown.size).toBe(rows.length);
    for (const row of rows) expect(lightsShown.get(row.name), row.name).toBe(row.light.label);
  }, 90_000);

  it('changes the time scale with the zoom: weeks, months, quarters, years', async () => {
    // A cell cut by the left edge hides a label it has no room for; the rest all read as the zoom says.
    const lowerLabels = async () => {
      const labels = (await page.locator('.gantt-tier:not(.gantt-tier-upper) .gantt-cell').allInnerTexts()).filter(Boolean);
      expect(labels.length).toBeGreaterThan(3);
      return labels;
    };
    // The red line on the canvas stands where the header's tag says today is, or nowhere when today is off screen.
    const lineMatchesTag = async () => {
      const tag = await todayX(page);
      const body = await canvasBox(page);
      const { width, px } = await pixels(page, { x: body.x, y: body.y + 1, width: body.width, height: 1 });
      const red = px.slice(0, width).flatMap((p, x) => (lightOf(p) === 'red' ? [body.x + x] : []));
      if (tag === null) expect(red).toEqual([]);
      else expect(red.some((x) => Math.abs(x - tag) <= 2), `today's line at ${tag}`).toBe(true);
    };
    const cellWidth = async () => (await page.locator('.gantt-tier:not(.gantt-tier-upper) .gantt-cell').nth(2).boundingBox())!.width;
    await zoom(page, '周');
    expect((await lowerLabels()).every((l) => /^\d{1,2}\/\d{1,2}$/.test(l))).toBe(true);
    await lineMatchesTag();
    expect(await cellWidth()).toBeCloseTo(70, 0);
    await zoom(page, '月');
    expect((await lowerLabels()).every((l) => /^\d{1,2}月$/.test(l))).toBe(true);
    await lineMatchesTag();
    await page.getByRole('button', { name: '今天', exact: true }).click();
    await lineMatchesTag();
    expect(await todayX(page)).not.toBeNull();
    // Zooming in keeps today where it was on screen.
    const before = (await todayX(page))!;
    await zoom(page, '周');
    expect(Math.abs((await todayX(page))! - before)).toBeLessThan(6);
    await lineMatchesTag();
    await zoom(page, '月');
    await zoom(page, '季');
    expect((await lowerLabels()).every((l) => /^[一二三四]季度$/.test(l))).toBe(true);
    await zoom(page, '年');
    expect((await lowerLabels()).every((l) => /^\d{4}年$/.test(l))).toBe(true);
    expect(await page.locator('.gantt-tier-upper .gantt-cell').allInnerTexts()).toContain('“十五五”（2026–2030）');
    // Today stays on screen across zoom levels, marked in the header.
    expect(await todayX(page)).not.toBeNull();
  });

  it('opens a project\'s 项目详情 from its row, and 返回进度甘特 finds the chart as it was left', async () => {
    await page.getByRole('searchbox', { name: '搜索项目' }).fill('卫蓝');
    await zoom(page, '季');
    await page.locator('.gantt-board').evaluate((el) => { el.scrollLeft -= 200; });
    await page.waitForTimeout(100);
    const leftBefore = await page.locator('.gantt-board').evaluate((el) => el.scrollLeft);
    await projectButton(page, WEILAN).click();
    await page.getByRole('heading', { name: WEILAN }).waitFor(WAIT);
    expect(page.url()).toMatch(/#\/project\/\d+\?from=gantt$/);
    await page.getByRole('link', { name: '返回进度甘特' }).click();
    await projectButton(page, WEILAN).waitFor(WAIT);
    expect(await page.getByRole('searchbox', { name: '搜索项目' }).inputValue()).toBe('卫蓝');
    expect(await page.getByRole('radio', { name: '季', exact: true }).getAttribute('aria-checked')).toBe('true');
    // Put back once the chart is laid out again: poll, as the restore is a layout step after the rows show.
    await expect.poll(() => page.locator('.gantt-board').evaluate((el) => el.scrollLeft), WAIT).toBe(leftBefore);
  });

  it('moves a node by dragging only once editing is on, shifts the nodes after it, and records it', async () => {
    const [weilan] = await call<Array<{ id: number }>>(page, 'projects.list', { query: WEILAN });
    const before = await call<ApiNode[]>(page, 'nodes.list', { projectId: weilan!.id });
    const target = before.find((n) => n.name === '投产')!;
    await page.getByRole('searchbox', { name: '搜索项目' }).fill(WEILAN);
    await expect.poll(() => page.getByRole('status').filter({ hasText: '个项目' }).innerText(), WAIT).toMatch(/^1 个项目/);
    await page.getByRole('button', { name: '适应范围' }).click();
    await page.waitForTimeout(300);
    const found = await locate(page, WEILAN, '投产');
    expect(found, '投产 is under the pointer somewhere in its row').not.toBeNull();

    const drag = async (dx: number) => {
      await page.mouse.move(found!.x, found!.y);
      await page.mouse.down();
      await page.mouse.move(found!.x + dx / 2, found!.y, { steps: 4 });
      await page.mouse.move(found!.x + dx, found!.y, { steps: 4 });
      await page.mouse.up();
    };
    await page.getByRole('checkbox', { name: '允许拖动调整' }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: '后续节点顺延' }).isChecked(), WAIT).toBe(true);
    await drag(30);
    const toast = page.getByText(/已将「投产」计划推迟 \d+ 天，后续节点一并顺延/);
    await toast.waitFor(WAIT);
    const days = Number(/推迟 (\d+) 天/.exec(await toast.innerText())![1]);
    expect(days).toBeGreaterThan(10);
    const after = await call<ApiNode[]>(page, 'nodes.list', { projectId: weilan!.id });
    const moved = (id: number) => after.find((n) => n.id === id)!;
    expect(moved(target.id).plannedEnd).toBe(shift(target.plannedEnd!, days));
    for (const later of before.filter((n) => before.indexOf(n) > before.indexOf(target))) expect(moved(later.id).plannedEnd).toBe(later.plannedEnd ? shift(later.plannedEnd, days) : null);
    const history = await call<Array<{ field: string; before: string; after: string }>>(page, 'history.list', { projectId: weilan!.id, limit: 50 });
    expect(history.some((h) => h.field === '投产.plannedEnd' && h.before === target.plannedEnd && h.after === shift(target.plannedEnd!, days))).toBe(true);

    // 撤销 puts every node back.
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await call<ApiNode[]>(page, 'nodes.list', { projectId: weilan!.id })).map((n) => n.plannedEnd), WAIT).toEqual(before.map((n) => n.plannedEnd));

    // Editing off again: the same drag leaves the schedule alone.
    await page.getByRole('checkbox', { name: '允许拖动调整' }).uncheck();
    await page.mouse.move(found!.x, found!.y);
    await page.mouse.down();
    await page.mouse.move(found!.x + 30, found!.y, { steps: 4 });
    await page.mouse.up();
    expect((await call<ApiNode[]>(page, 'nodes.list', { projectId: weilan!.id })).map((n) => n.plannedEnd)).toEqual(before.map((n) => n.plannedEnd));
    if (/#\/project\//.test(page.url())) await page.goBack();
  }, 60_000);

  it('saves the chart as a PNG and prints the 挂图作战图 of the projects shown', async () => {
    await page.getByRole('link', { name: '进度甘特' }).click();
    await page.getByRole('searchbox', { name: '搜索项目' }).fill('');
    // The search goes to the service after a pause: export once the chart shows the whole register.
    const all = await call<unknown[]>(page, 'projects.list', {});
    await page.locator('.gantt-count').filter({ hasText: new RegExp(`^${all.length} 个项目`) }).waitFor(WAIT);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出图片' }).click()]);
    expect(png.suggestedFilename()).toBe('重大项目进度甘特图_2026-11-22.png');
    const bytes = fs.readFileSync((await png.path())!);
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    // Width and height from the PNG header: every row shown (more than the screen holds) at twice its size, plus title and legend.
    const board = (await page.locator('.gantt-board').boundingBox())!;
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(2 * (board.width - 20));
    expect(bytes.readUInt32BE(20)).toBeGreaterThan(2 * (board.height - 20));

    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '打印挂图' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/挂图作战图.*\.xlsx$/);
    expect(fs.statSync((await xlsx.path())!).size).toBeGreaterThan(5000);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});

function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Where the pointer shows a node's tooltip in a project's row, scanning left to right. */
async function locate(page: Page, project: string, node: string): Promise<{ x: number; y: number } | null> {
  const row = await rowBox(page, project);
  const body = await canvasBox(page);
  const y = row.y + row.height / 2;
  for (let x = body.x + 2; x < body.x + body.width; x += 3) {
    await page.mouse.move(x, y);
    if ((await tooltip(page))?.node === node) return { x, y };
  }
  return null;
}
