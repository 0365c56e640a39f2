/** A bench figure: a time beside its floor (the least the same work costs, measured in the same run on the same data). */

export interface Figure {
  id: string;
  /** Milliseconds; for `heap-*` figures, MB (see `unit`). Null when the figure could not be measured (`failed` says why). */
  ms: number | null;
  floorMs: number | null;
  ratio: number | null;
  /** What the floor is, in a few words. */
  floor: string;
  unit?: 'MB';
  /** The target, in words, when it names one. */
  target?: string;
  /** Why the figure is missing: the step failed, or did not finish within its bound. */
  failed?: string;
}

export function figure(id: string, ms: number, floorMs: number, floor: string, extra: Pick<Figure, 'unit' | 'target'> = {}): Figure {
  return { id, ms: round(ms), floorMs: round(floorMs), ratio: Math.round((ms / floorMs) * 100) / 100, floor, ...extra };
}

export function failedFigure(id: string, reason: string): Figure {
  return { id, ms: null, floorMs: null, ratio: null, floor: '', failed: reason };
}

function reasonOf(err: unknown): string {
  const text = err instanceof Error ? err.message : String(err);
  // Playwright appends its call log; the first lines say what failed.
  return text.split('\n').slice(0, 2).join(' ').trim().slice(0, 300);
}

/**
 * Runs a step that measures `ids`. A step that throws (a page that never showed what it waited
 * for, a host that did not start) leaves each of its figures failed with the reason, and the run
 * goes on to the next step instead of ending there.
 */
export async function attempt(ids: readonly string[], step: () => Promise<Figure[]>): Promise<Figure[]> {
  try {
    const got = await step();
    return [...got, ...ids.filter((id) => !got.some((f) => f.id === id)).map((id) => failedFigure(id, 'not measured by its step'))];
  } catch (err) {
    console.log(`  (failed: ${ids.join(', ')}: ${reasonOf(err)})`);
    return ids.map((id) => failedFigure(id, reasonOf(err)));
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

export function sizeTag(n: number): string {
  return n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

export async function medianOf(runs: number, fn: () => unknown | Promise<unknown>): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] ?? NaN;
}

export async function once(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** The figures as a Markdown table, for the README. */
export function markdownTable(figures: readonly Figure[]): string {
  const lines = ['| figure | time | floor | ratio | floor is | target |', '| --- | ---: | ---: | ---: | --- | --- |'];
  for (const f of figures) {
    const u = f.unit === 'MB' ? ' MB' : ' ms';
    if (f.ms === null) lines.push(`| \`${f.id}\` | — | — | — | not measured: ${f.failed ?? ''} | ${f.target ?? ''} |`);
    else lines.push(`| \`${f.id}\` | ${f.ms}${u} | ${f.floorMs}${u} | ×${f.ratio} | ${f.floor} | ${f.target ?? ''} |`);
  }
  return lines.join('\n');
}
