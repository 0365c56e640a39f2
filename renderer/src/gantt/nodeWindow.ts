/**
 * The Gantt's nodes, asked of the service for the rows in view (and a margin) rather than the
 * whole register's: at 30,000 projects the whole is ≈ 270,000 nodes, tens of MB of JSON and
 * seconds before the first bar. Rows are asked in blocks, so a scroll sends a request every few
 * screens, never one per frame. After a write the held nodes are kept on screen until the fresh
 * ones arrive (no flash), but asked for again.
 */
import type { ScheduleNodeWithLight } from '../../../shared/domain/types';

/** The service call: nodes of these projects (at most `maxPerCall`), in any order. */
export type FetchNodes = (projectIds: number[]) => Promise<ScheduleNodeWithLight[]>;

const EMPTY: readonly ScheduleNodeWithLight[] = [];

interface Held {
  nodes: readonly ScheduleNodeWithLight[];
  /** The generation the nodes were read in; older than the current one: shown, but asked again. */
  generation: number;
}

export class NodeWindow {
  private held = new Map<number, Held>();
  /** Projects asked in the current generation, answer pending. */
  private asked = new Set<number>();
  private generation = 0;

  /**
   * `maxHeld` bounds memory after a long scroll: the schedules read longest ago are dropped first
   * (asked again if scrolled back to), so the rows in view, read last, stay.
   */
  constructor(private readonly fetchNodes: FetchNodes, private readonly onArrive: () => void, private readonly maxPerCall = 5000, private readonly maxHeld = 10_000) {}

  /** A project's nodes as held (possibly from before the last write); empty until they arrive. */
  get(projectId: number): readonly ScheduleNodeWithLight[] {
    return this.held.get(projectId)?.nodes ?? EMPTY;
  }

  /** Whether the project's nodes are held and current. */
  has(projectId: number): boolean {
    return this.held.get(projectId)?.generation === this.generation;
  }

  /** After a write: every held schedule may be out of date; kept for drawing, asked for again when wanted. */
  invalidate(): void {
    this.generation += 1;
    this.asked.clear();
  }

  /** Asks for the projects neither held nor asked; `onArrive` is called when they are in. Errors are left to the next ask. */
  want(projectIds: Iterable<number>): void {
    void this.fetch(projectIds).catch(() => undefined);
  }

  /** Every node of these projects (for an export), asked in pages; resolves once all are held. */
  async load(projectIds: readonly number[]): Promise<ReadonlyMap<number, readonly ScheduleNodeWithLight[]>> {
    // Read from what was fetched, not from what is held: a large export pages out of the held set.
    const fetched = await this.fetch(projectIds, true);
    return new Map(projectIds.map((id) => [id, fetched.get(id) ?? this.get(id)]));
  }

  private async fetch(projectIds: Iterable<number>, waitForAsked = false): Promise<Map<number, readonly ScheduleNodeWithLight[]>> {
    const generation = this.generation;
    const missing: number[] = [];
    const fetched = new Map<number, readonly ScheduleNodeWithLight[]>();
    for (const id of projectIds) if (!this.has(id) && (waitForAsked || !this.asked.has(id))) missing.push(id);
    if (missing.length === 0) return fetched;
    for (const id of missing) this.asked.add(id);
    const pages: number[][] = [];
    for (let i = 0; i < missing.length; i += this.maxPerCall) pages.push(missing.slice(i, i + this.maxPerCall));
    try {
      await Promise.all(pages.map(async (page) => {
        const nodes = await this.fetchNodes(page);
        // A write since the ask: these may already be stale; the next ask fetches them again.
        const byProject = new Map<number, ScheduleNodeWithLight[]>(page.map((id) => [id, []]));
        for (const n of nodes) byProject.get(n.projectId)?.push(n);
        for (const [id, list] of byProject) {
          fetched.set(id, list);
          const old = this.held.get(id);
          if (old && old.generation > generation) continue;
          this.held.delete(id);
          this.held.set(id, { nodes: list, generation });
        }
        for (const oldest of this.held.keys()) {
          if (this.held.size <= Math.max(this.maxHeld, page.length)) break;
          this.held.delete(oldest);
        }
      }));
    } finally {
      for (const id of missing) if (generation === this.generation) this.asked.delete(id);
    }
    this.onArrive();
    return fetched;
  }
}
