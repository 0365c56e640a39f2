/** A bench figure: a time beside its floor (the least the same work costs, measured in the same run on the same data). */

export interface Figure {
  id: string;
  /** Milliseconds; for `heap-*` figures, MB (see `unit`). */
  ms: number;
  floorMs: number;
  ratio: number;
  /** What the floor is, in a few words. */
  floor: string;
  unit?: 'MB';
  /** The target, in words, when it names one. */
  target?: string;
}

export function figure(id: string, ms: number, floorMs: number, floor: string, extra: Pick<Figure, 'unit' | 'target'> = {}): Figure {
  return { id, ms: round(ms), floorMs: round(floorMs), ratio: Math.round((ms / floorMs) * 100) / 100, floor, ...extra };
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
    lines.push(`| \`${f.id}\` | ${f.ms}${u} | ${f.floorMs}${u} | ×${f.ratio} | ${f.floor} | ${f.target ?? ''} |`);
  }
  return lines.join('\n');
}
