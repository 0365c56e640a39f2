import { describe, expect, it } from 'vitest';
import { csvGrid, detectDelimiter } from '../../electron/services/import/csvGrid';

/** A project list of `n` rows joined by `sep`, its remarks full of commas (as streets write them). */
function list(sep: string, n: number): string {
  const lines = [['项目编号', '项目名称', '总投资（万元）', '备注'].join(sep)];
  for (let i = 1; i <= n; i++) lines.push([`XM-${i}`, `项目${i}`, String(1000 + i), `进度正常,已完成${i}%,下月开工`].join(sep));
  return `${lines.join('\r\n')}\r\n`;
}

describe('the delimiter of a large list', () => {
  it('is found from the first rows of a file far longer than the sample, commas in the cells notwithstanding', () => {
    const text = list(';', 5000);
    expect(text.length).toBeGreaterThan(128 * 1024);
    expect(detectDelimiter(text)).toBe(';');
    expect(detectDelimiter(list('\t', 5000))).toBe('\t');
  });

  it('is still found when a quoted cell running over several lines crosses the end of the sample', () => {
    const header = ['项目编号', '项目名称', '总投资（万元）', '备注'].join('\t');
    const row = (i: number, remark: string) => [`XM-${i}`, `项目${i}`, String(1000 + i), remark].join('\t');
    const lines = [header];
    let length = header.length;
    // Plain rows up to just before the 64 K-character sample's end, then a remark of many lines across it.
    while (length < 64 * 1024 - 200) {
      lines.push(row(lines.length, `备注${lines.length},正常`));
      length += lines.at(-1)!.length + 2;
    }
    const across = lines.length;
    lines.push(row(across, `"${Array.from({ length: 40 }, (_, k) => `第${k + 1}段,说明,说明`).join('\r\n')}"`));
    for (let i = 0; i < 500; i++) lines.push(row(lines.length, `备注${lines.length},正常`));
    const text = `${lines.join('\r\n')}\r\n`;
    const start = text.indexOf(`XM-${across}\t`);
    expect(start).toBeLessThan(64 * 1024);
    expect(text.indexOf('第40段', start)).toBeGreaterThan(64 * 1024);

    const delimiter = detectDelimiter(text);
    expect(delimiter).toBe('\t');
    const grid = csvGrid(text, delimiter, 'list.csv');
    expect(grid).toHaveLength(lines.length);
    expect(grid.every((r) => r.length === 4)).toBe(true);
    expect(String(grid[across]![3])).toContain('第40段');
  });
});
