/**
 * The register's derived figures (lights, 1–N月, current and next node, every node's light) computed
 * once per change of the database and of today, then read from memory: at 30,000 projects computing
 * them costs seconds, and the register, the Gantt and the home page ask for them on every screen.
 */

import type { Db } from '../db/db';
import type { ProjectRow, ScheduleNodeWithLight } from '../../shared/domain/types';
import type { ServiceContext } from './context';

interface Snapshot {
  /** The change counter and today the figures were computed at. */
  key: string;
  rowsByMonth: Map<string, ReadonlyMap<number, ProjectRow>>;
  nodes: ReadonlyMap<number, ScheduleNodeWithLight[]> | null;
  /** Small figures of the whole register (the span of its schedules), by name. */
  figures: Map<string, unknown>;
}

/** One per connection: a restore opens a new one, and its counters start again. */
const snapshots = new WeakMap<Db, Snapshot>();
/** A closed month, the current one and the home page's reporting month: more are rarely read together. */
const MONTHS_KEPT = 3;

async function currentSnapshot(ctx: ServiceContext): Promise<Snapshot | null> {
  // Inside a transaction the data may yet be rolled back, and the counter would not say so.
  if (ctx.db.inTransaction()) return null;
  const key = `${await ctx.db.changeCounter()}|${ctx.clock.today()}`;
  let snap = snapshots.get(ctx.db);
  if (!snap || snap.key !== key) snapshots.set(ctx.db, (snap = { key, rowsByMonth: new Map(), nodes: null, figures: new Map() }));
  return snap;
}

/** Whether the month's rows are computed and current. */
export async function hasCachedRows(ctx: ServiceContext, month: string): Promise<boolean> {
  return (await currentSnapshot(ctx))?.rowsByMonth.has(month) ?? false;
}

/** Every project's row (archived ones too) by id, for the month's 1–N月. Rows are shared: never change them. */
export async function cachedRows(ctx: ServiceContext, month: string, build: () => Promise<ProjectRow[]>): Promise<ReadonlyMap<number, ProjectRow>> {
  const snap = await currentSnapshot(ctx);
  const kept = snap?.rowsByMonth.get(month);
  if (kept) return kept;
  // Frozen copies: freezing the built rows themselves (made while V8 was still settling their
  // fields' layout) turned each into a slow dictionary object, and every later read of the cache
  // (lists, rollups, filters) went several times slower. Copies made after all rows exist share
  // one layout and stay fast when frozen.
  const copies = (await build()).map((r) => Object.assign({}, r));
  const rows = new Map(copies.map((r) => [r.id, Object.freeze(r)]));
  if (snap) {
    if (snap.rowsByMonth.size >= MONTHS_KEPT) snap.rowsByMonth.delete(snap.rowsByMonth.keys().next().value as string);
    snap.rowsByMonth.set(month, rows);
  }
  return rows;
}

/** Every project's nodes with their lights, by project id. Shared like the rows. */
export async function cachedNodes(ctx: ServiceContext, build: () => Promise<Map<number, ScheduleNodeWithLight[]>>): Promise<ReadonlyMap<number, ScheduleNodeWithLight[]>> {
  const snap = await currentSnapshot(ctx);
  if (snap?.nodes) return snap.nodes;
  const built = await build();
  // Frozen copies made after every node exists, as for the rows: one layout, fast to read.
  const nodes = new Map([...built].map(([id, list]) => [id, list.map((n) => Object.assign({}, n))]));
  for (const list of nodes.values()) for (const n of list) Object.freeze(n);
  if (snap) snap.nodes = nodes;
  return nodes;
}

/** A small figure of the whole register (e.g. the span of every schedule), computed once per change. */
export async function cachedFigure<T>(ctx: ServiceContext, name: string, build: () => Promise<T>): Promise<T> {
  const snap = await currentSnapshot(ctx);
  if (snap?.figures.has(name)) return snap.figures.get(name) as T;
  const value = await build();
  snap?.figures.set(name, value);
  return value;
}
