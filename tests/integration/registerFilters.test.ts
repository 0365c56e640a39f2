/**
 * The register's list for a filter comes from the cached rows when it holds no text search (issue
 * 17: no query for the ids), and from SQL otherwise. Both must give the same projects in the same
 * order: what a user filters by 产业链, 区域, 阶段 or 级别, with or without archived projects.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import type { Stage } from '../../shared/domain/types';
import { openTemp, rowsOf } from './helpers';

let ledger: Ledger;

beforeAll(async () => {
  ledger = await openTemp({ seed: true });
  const all = await ledger.send('projects.list', {});
  // Two archived projects, one of them in the largest 产业链, so the archived filter shows in a slice.
  await ledger.send('projects.archiveMany', { ids: [all[0]!.id, all.at(-1)!.id], archived: true });
}, 120_000);
afterAll(() => ledger.close());

type Filter = { chain?: string; area?: string; stage?: Stage; level?: string; includeArchived?: boolean };

/** The projects SQL selects for the same conditions, in id order. */
async function expected(filter: Filter): Promise<number[]> {
  const where = [filter.includeArchived ? '1 = 1' : 'archived = 0'];
  const params: unknown[] = [];
  for (const key of ['chain', 'area', 'stage', 'level'] as const) {
    if (filter[key]) {
      where.push(`${key} = ?`);
      params.push(filter[key]);
    }
  }
  return (await rowsOf<{ id: number }>(ledger, `SELECT id FROM projects WHERE ${where.join(' AND ')} ORDER BY id`, ...params)).map((r) => Number(r.id));
}

describe('the register filtered without a text search', () => {
  it('lists the same projects, in the same order, as the database selects for each filter', async () => {
    const every = await ledger.send('projects.list', { includeArchived: true });
    const sample = every[0]!;
    const filters: Filter[] = [
      {},
      { includeArchived: true },
      { chain: sample.chain },
      { chain: sample.chain, includeArchived: true },
      { area: every[3]!.area },
      { stage: every[5]!.stage, level: every[5]!.level },
      { chain: sample.chain, area: sample.area, stage: sample.stage, level: sample.level, includeArchived: true },
      { chain: '没有这个产业链' },
    ];
    for (const filter of filters) {
      const listed = (await ledger.send('projects.list', filter)).map((p) => p.id);
      expect(listed, JSON.stringify(filter)).toEqual(await expected(filter));
    }
    // The archived ones are really left out of a plain list and really in the archived-inclusive one.
    expect((await ledger.send('projects.list', {})).length).toBe(every.length - 2);
  });

  it('still searches text through the database, and the rows match the plain filter\'s', async () => {
    const every = await ledger.send('projects.list', {});
    const name = every[2]!.name;
    const found = await ledger.send('projects.list', { query: name.slice(0, 4) });
    expect(found.map((p) => p.id)).toContain(every[2]!.id);
    expect(found.find((p) => p.id === every[2]!.id)).toEqual(every[2]);
  });
});
