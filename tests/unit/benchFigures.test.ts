/**
 * A bench step that fails (a host that never starts, a page that never shows what a step waits
 * for) must not end the run: its figures are written as not measured, with the reason, and the
 * next step runs. The last run before this stopped at the 30,000-project host and left four
 * figures out of latest.json without a word.
 */
import { describe, expect, it } from 'vitest';
import { attempt, figure, markdownTable } from '../../bench/figures';

describe('bench steps that fail leave their figures with a reason', () => {
  it('a step that throws fails each of its figures with the first line of the error', async () => {
    const out = await attempt(['first-rows-30k', 'heap-30k'], () => Promise.reject(new Error('page.goto: Timeout 60000ms exceeded.\nCall log: …\nmore')));
    expect(out.map((f) => f.id)).toEqual(['first-rows-30k', 'heap-30k']);
    for (const f of out) {
      expect(f.ms).toBeNull();
      expect(f.ratio).toBeNull();
      expect(f.failed).toMatch(/^page\.goto: Timeout 60000ms exceeded\./);
      expect(f.failed).not.toContain('more');
    }
  });

  it('a step that measures only some of its figures names the others as not measured', async () => {
    const out = await attempt(['gantt-open-3k', 'gantt-scroll-p95-3k'], async () => [figure('gantt-open-3k', 800, 400, 'fetch')]);
    expect(out.find((f) => f.id === 'gantt-open-3k')?.ratio).toBe(2);
    expect(out.find((f) => f.id === 'gantt-scroll-p95-3k')?.failed).toBe('not measured by its step');
  });

  it('the README table shows a failed figure as not measured, with why', () => {
    const table = markdownTable([{ id: 'heap-30k', ms: null, floorMs: null, ratio: null, floor: '', failed: 'the browser host printed no address within 120 s', target: '< 300 MB' }]);
    expect(table).toContain('| `heap-30k` | — | — | — | not measured: the browser host printed no address within 120 s | < 300 MB |');
  });
});
