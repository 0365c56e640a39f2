/** The CSV formula guard and its inverse on import: every text comes back exactly as it was written. */
import { describe, expect, it } from 'vitest';
import { csvSafeText, startsLikeFormula, unguardCsvText } from '../../shared/reports/cellText';

describe('the formula guard read back', () => {
  it('takes off exactly the apostrophe the guard adds, over every text of up to 4 characters from the tricky ones', () => {
    const alphabet = ["'", '=', '+', '-', '@', '＝', '\t', 'a', '中', '9'];
    let texts = [''];
    const all: string[] = [''];
    for (let length = 1; length <= 4; length++) {
      texts = texts.flatMap((t) => alphabet.map((c) => t + c));
      all.push(...texts);
    }
    expect(all).toHaveLength(1 + 10 + 100 + 1000 + 10_000);
    const wrong = all.filter((t) => unguardCsvText(csvSafeText(t)) !== t);
    expect(wrong.slice(0, 5)).toEqual([]);
    // The guard still guards: nothing written starts like a formula.
    expect(all.map(csvSafeText).filter(startsLikeFormula)).toEqual([]);
  });

  it('keeps a real leading apostrophe', () => {
    expect(unguardCsvText("'98 招商")).toBe("'98 招商");
    expect(unguardCsvText("'")).toBe("'");
    expect(unguardCsvText("'=1+1")).toBe('=1+1');
    expect(unguardCsvText("''=1+1")).toBe("'=1+1");
    expect(csvSafeText("'=1+1")).toBe("''=1+1");
  });
});
