/**
 * The benchmark's in-page register scroll ends whatever the page looks like: it once ran for over
 * 15 minutes when the grid's viewport was not what it expected (no height, so each step scrolled
 * nowhere). The script is run here against stand-in pages.
 */
import { describe, expect, it } from 'vitest';
import { SCROLL_ONE_SCREEN_PER_FRAME } from '../../bench/registerBrowser';

interface FakeViewport { clientHeight: number; scrollHeight: number; scrollTop: number }

/** Evaluates the page script with a stand-in document and animation frames. */
async function runInFakePage(viewport: FakeViewport | null): Promise<number> {
  const document = { querySelector: () => viewport };
  const requestAnimationFrame = (fn: () => void) => setTimeout(fn, 0);
  const evaluate = new Function('document', 'requestAnimationFrame', 'performance', `return ${SCROLL_ONE_SCREEN_PER_FRAME};`) as (...args: unknown[]) => Promise<number>;
  return await evaluate(document, requestAnimationFrame, performance);
}

describe('the bench scrolls the register a bounded number of times', () => {
  it('refuses a viewport with no height at once instead of looping forever', async () => {
    await expect(runInFakePage({ clientHeight: 0, scrollHeight: 90_000, scrollTop: 0 })).rejects.toThrow(/no height/);
  }, 10_000);

  it('refuses a missing viewport', async () => {
    await expect(runInFakePage(null)).rejects.toThrow(/missing/);
  }, 10_000);

  it('pages through a normal grid and reports a time per page', async () => {
    const viewport = { clientHeight: 600, scrollHeight: 6_000, scrollTop: 0 };
    const perPage = await runInFakePage(viewport);
    expect(perPage).toBeGreaterThan(0);
    expect(viewport.scrollTop).toBe(0);
  }, 10_000);
});
