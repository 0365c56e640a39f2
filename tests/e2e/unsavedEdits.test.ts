/** 项目详情 never drops unsaved edits without asking: leaving by the sidebar, 返回, a tab or the back button asks first. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type AppSession } from './harness';

const WAIT = { timeout: 15_000 };
const WEILAN = '卫蓝新能源年产20GWh固态电池项目';

describe('unsaved edits in 项目详情', () => {
  let session: AppSession;
  let page: Page;

  beforeAll(async () => {
    session = await openApp();
    page = session.page;
    await page.getByRole('link', { name: `打开项目详情：${WEILAN}` }).click();
    await page.getByRole('heading', { name: WEILAN, level: 2 }).waitFor(WAIT);
  }, 60_000);
  afterAll(() => session?.close());

  const question = () => page.getByRole('dialog', { name: '有未保存的修改' });

  it('asks before the sidebar takes the user away, and staying keeps the edit', async () => {
    await page.getByLabel('形象进度').fill('主体结构封顶，设备进场');
    await page.getByRole('link', { name: '进度甘特' }).click();
    await question().waitFor(WAIT);
    await question().getByRole('button', { name: '留下继续编辑' }).click();
    await question().waitFor({ state: 'detached', ...WAIT });
    expect(page.url()).toMatch(/#\/project\/\d+/);
    expect(await page.getByLabel('形象进度').inputValue()).toBe('主体结构封顶，设备进场');
  });

  it('asks before a tab switch drops the edit, and the back button asks too', async () => {
    await page.getByRole('tab', { name: /节点计划/ }).click();
    await question().getByRole('button', { name: '留下继续编辑' }).click();
    expect(await page.getByRole('tab', { name: /项目信息|基本信息/ }).getAttribute('aria-selected')).toBe('true');
    await page.goBack();
    await question().waitFor(WAIT);
    await question().getByRole('button', { name: '留下继续编辑' }).click();
    expect(await page.getByLabel('形象进度').inputValue()).toBe('主体结构封顶，设备进场');
  });

  it('leaves when told to, and the edit is not saved', async () => {
    await page.getByRole('link', { name: '返回项目台账' }).click();
    await question().getByRole('button', { name: '放弃修改并离开' }).click();
    await page.getByRole('searchbox', { name: '搜索项目' }).waitFor(WAIT);
    await page.getByRole('link', { name: `打开项目详情：${WEILAN}` }).click();
    await page.getByRole('heading', { name: WEILAN, level: 2 }).waitFor(WAIT);
    expect(await page.getByLabel('形象进度').inputValue()).not.toBe('主体结构封顶，设备进场');
  });

  it('does not ask when nothing is unsaved', async () => {
    await page.getByRole('link', { name: '进度甘特' }).click();
    await expect.poll(() => page.url(), WAIT).toMatch(/#\/gantt/);
    expect(await question().count()).toBe(0);
  });

  it('ran without script errors', () => {
    expect(session.pageErrors).toEqual([]);
  });
});
