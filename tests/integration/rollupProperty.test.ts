/**
 * Property: every rollup figure equals the sum over the register rows of its slice, to the 元 —
 * on the sample register and on a generated register of 30,000 projects, over random slices drawn
 * with a fixed seed. The expected sums are taken from `projects.list` (what the register shows)
 * with this file's own filter and BigInt sums, not with the rollup code under test.
 */
import { seededRandom } from '../../shared/domain/random';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import type { ProjectRow } from '../../shared/domain/types';
import type { RollupDimension, RollupRow } from '../../shared/domain/rollup';
import type { RollupSlice } from '../../shared/domain/rollupSlice';
import { openTemp } from './helpers';
import { TEST_ENGINE } from '../pg/engine';

const YI = 100_000_000n;
/** The size bands as DESIGN.md words them, lower bound inclusive. */
const BANDS: Array<[string, bigint]> = [['≥100亿', 100n * YI], ['50–100亿', 50n * YI], ['10–50亿', 10n * YI], ['3–10亿', 3n * YI], ['<3亿', 0n]];
const DIMS: RollupDimension[] = ['chain', 'area', 'stage', 'level', 'year', 'size'];

function band(yuan: number): string {
  return BANDS.find(([, min]) => BigInt(yuan) >= min)![0];
}

/** A row's value for a dimension, as the register link names it. */
function valueOf(row: ProjectRow, dim: RollupDimension): string {
  if (dim === 'year') return row.signedOn ? row.signedOn.slice(0, 4) : '未签约';
  if (dim === 'size') return row.totalInvestment === null ? '未填' : band(row.totalInvestment);
  return row[dim] === '' ? '未填' : row[dim];
}

/** The rollup's row key for that value ("2023" → "2023年", "" → "未填"). */
function keyOf(value: string, dim: RollupDimension): string {
  if (dim === 'year') return value === '未签约' ? value : `${value}年`;
  return value;
}

function matches(row: ProjectRow, slice: RollupSlice): boolean {
  return DIMS.every((dim) => slice[dim] === undefined || valueOf(row, dim) === slice[dim]);
}

interface Sums { count: number; total: bigint; plan: bigint; ytd: bigint }

function sums(rows: ProjectRow[]): Sums {
  return rows.reduce<Sums>((s, r) => ({ count: s.count + 1, total: s.total + BigInt(r.totalInvestment ?? 0), plan: s.plan + BigInt(r.annualPlan ?? 0), ytd: s.ytd + BigInt(r.completedYtd) }), { count: 0, total: 0n, plan: 0n, ytd: 0n });
}

function expectRow(actual: RollupRow | undefined, rows: ProjectRow[], where: string) {
  const expected = sums(rows);
  expect(actual, where).toBeDefined();
  expect({ count: actual!.count, total: BigInt(actual!.totalInvestment), plan: BigInt(actual!.annualPlan), ytd: BigInt(actual!.completedYtd) }, where).toEqual(expected);
}

function groupBy<T>(items: T[], keyOfItem: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOfItem(item);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  }
  return map;
}


/** A slice of 0–3 dimensions whose values come from real rows, so most slices hold projects. */
function randomSlice(rows: ProjectRow[], random: () => number): RollupSlice {
  const slice: RollupSlice = {};
  const size = Math.floor(random() * 4);
  for (let i = 0; i < size; i++) {
    const dim = DIMS[Math.floor(random() * DIMS.length)]!;
    const row = rows[Math.floor(random() * rows.length)]!;
    slice[dim] = valueOf(row, dim);
  }
  return slice;
}

async function checkRandomSlices(ledger: Ledger, trials: number, seed: number, listed?: ProjectRow[]) {
  const rows = listed ?? (await ledger.send('projects.list', {}));
  const random = seededRandom(seed);
  let nonEmpty = 0;
  for (let trial = 0; trial < trials; trial++) {
    const slice = randomSlice(rows, random);
    const rowsBy = DIMS[Math.floor(random() * DIMS.length)]!;
    const columnsBy = random() < 0.5 ? DIMS[Math.floor(random() * DIMS.length)]! : undefined;
    const where = `trial ${trial}: ${JSON.stringify(slice)} by ${rowsBy}${columnsBy ? ` × ${columnsBy}` : ''}`;
    const result = await ledger.send('rollups.matrix', { rows: rowsBy, ...(columnsBy ? { columns: columnsBy } : {}), slice });
    const inSlice = rows.filter((r) => matches(r, slice));
    if (inSlice.length > 0) nonEmpty += 1;

    expectRow(result.table.total, inSlice, `${where}: total`);
    const groups = groupBy(inSlice, (r) => keyOf(valueOf(r, rowsBy), rowsBy));
    expect(result.table.rows.map((r) => r.key).sort(), where).toEqual([...groups.keys()].sort());
    for (const [key, members] of groups) expectRow(result.table.rows.find((r) => r.key === key), members, `${where}: row ${key}`);

    if (columnsBy) {
      const matrix = result.matrix!;
      let cells = 0;
      for (const [rowKey, members] of groups) {
        for (const [columnKey, cellMembers] of groupBy(members, (r) => keyOf(valueOf(r, columnsBy), columnsBy))) {
          expectRow(matrix.cells[rowKey]?.[columnKey], cellMembers, `${where}: cell ${rowKey} × ${columnKey}`);
          cells += 1;
        }
      }
      expect(Object.values(matrix.cells).reduce((n, byColumn) => n + Object.keys(byColumn).length, 0), where).toBe(cells);
    }
  }
  // The property would hold trivially over empty slices: most must hold projects.
  expect(nonEmpty).toBeGreaterThan(trials / 2);
}

describe('rollup totals equal the register rows of their slice', () => {
  describe('on the sample register', () => {
    let ledger: Ledger;
    beforeAll(async () => {
      ledger = await openTemp({ seed: true });
      // Edge rows a register holds: fields left empty (rolled up as 未填), no signing date, an archived project.
      await ledger.send('projects.create', { code: 'EDGE-1', name: '未分类项目', totalInvestment: 123_456_789, annualPlan: 1 });
      await ledger.send('projects.create', { code: 'EDGE-2', name: '待定项目', chain: '新能源', totalInvestment: 300_000_000 });
      const first = (await ledger.send('projects.list', {}))[0]!;
      await ledger.send('projects.archive', { id: first.id, archived: true });
    });
    afterAll(() => ledger?.close());

    it('holds over 300 random slices, one-way and two-way', async () => {
      await checkRandomSlices(ledger, 300, 20261122);
    });

    it('holds for the 未填 and 未签约 slices', async () => {
      const result = await ledger.send('rollups.matrix', { rows: 'chain', slice: { area: '未填', year: '未签约' } });
      expect(result.table.rows.map((r) => [r.key, r.count, r.totalInvestment])).toEqual([['新能源', 1, 300_000_000], ['未填', 1, 123_456_789]]);
    });

    it('keeps `rollups.by` equal to the one-way matrix table', async () => {
      for (const by of DIMS) {
        const [old, table] = await Promise.all([ledger.send('rollups.by', { by }), ledger.send('rollups.matrix', { rows: by })]);
        expect(table.table).toEqual(old);
      }
    });
  });

  // On PostgreSQL, generating 30,000 projects row by row takes minutes here; the engine's rollups at 30,000 are in `npm run bench`.
  describe.skipIf(TEST_ENGINE === 'postgres')('on a generated register of 30,000 projects', () => {
    let ledger: Ledger;
    beforeAll(async () => {
      ledger = await openTemp();
      await ledger.send('data.generate', { projects: 30_000, seed: 6 });
    });
    afterAll(() => ledger?.close());

    // Each slice reads the whole register twice (the rollup and the check): give it time on a busy machine.
    it('holds over 20 random slices', { timeout: 180_000 }, async () => {
      const rows = await ledger.send('projects.list', {});
      expect(rows).toHaveLength(30_000);
      await checkRandomSlices(ledger, 20, 6, rows);
    });
  });
});
