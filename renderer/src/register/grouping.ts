/**
 * The grouped register on AG Grid Community: a full-width heading row per group, placed by
 * `postSortRows` before the group's rows (which keep the user's sort), with subtotals from the
 * shared rollup code over exactly the rows the filters leave. A collapsed group keeps its heading.
 */
import type { GridApi, IRowNode } from 'ag-grid-community';
import { rollupBy, rollupKey, type RollupDimension, type RollupRow } from '../../../shared/domain/rollup';
import { STAGES, type ProjectRow } from '../../../shared/domain/types';
import { groupRowId, type GridRow } from './registerRow';

export const GROUP_DIMENSIONS = ['chain', 'area', 'stage', 'level'] as const satisfies readonly RollupDimension[];
export type GroupDimension = (typeof GROUP_DIMENSIONS)[number];

export function isGroupDimension(value: unknown): value is GroupDimension {
  return typeof value === 'string' && (GROUP_DIMENSIONS as readonly string[]).includes(value);
}

/** The heading rows for every group the projects fall into (the grid's data beside the projects). */
export function groupRows(projects: readonly ProjectRow[], by: GroupDimension | null): GridRow[] {
  if (!by) return [];
  const keys = new Set(projects.map((p) => rollupKey(p, by)));
  return [...keys].map((key) => ({ kind: 'group', key }));
}

type Listener = () => void;

function stageIndex(key: string): number {
  const i = (STAGES as readonly string[]).indexOf(key);
  return i < 0 ? STAGES.length : i;
}

/** What the heading rows show: subtotals of the rows left visible, and which groups are collapsed. */
export class GroupState {
  by: GroupDimension | null = null;
  collapsed = new Set<string>();
  subtotals = new Map<string, RollupRow>();
  /** Each group's filtered projects in the grid's sort, the folded groups' too (the grid drops those). */
  private members = new Map<string, IRowNode<GridRow>[]>();
  private listeners = new Set<Listener>();
  private version = 0;

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = (): number => this.version;

  private emit(): void {
    this.version += 1;
    // Called from inside the grid's refresh: tell React afterwards, not during.
    queueMicrotask(() => this.listeners.forEach((l) => l()));
  }

  toggle(key: string, api: GridApi<GridRow>): void {
    if (this.collapsed.has(key)) this.collapsed.delete(key);
    else this.collapsed.add(key);
    api.refreshClientSideRowModel('sort');
    this.emit();
  }

  setAll(collapsed: boolean, api: GridApi<GridRow>): void {
    this.collapsed = collapsed ? new Set(this.subtotals.keys()) : new Set();
    api.refreshClientSideRowModel('sort');
    this.emit();
  }

  /** A group's filtered projects in the grid's sort, shown or folded (for "export what I see"). */
  rowsOf(key: string): readonly IRowNode<GridRow>[] {
    return this.members.get(key) ?? [];
  }

  /** `postSortRows`: reorders the sorted, filtered rows into groups under their heading rows. */
  arrange(nodes: IRowNode<GridRow>[], api: GridApi<GridRow>): void {
    const by = this.by;
    if (!by) return;
    const members = new Map<string, IRowNode<GridRow>[]>();
    const visible: ProjectRow[] = [];
    for (const node of nodes) {
      if (node.data?.kind !== 'project') continue;
      const key = rollupKey(node.data.p, by);
      let list = members.get(key);
      if (!list) members.set(key, (list = []));
      list.push(node);
      visible.push(node.data.p);
    }
    this.members = members;
    const table = rollupBy(visible, by);
    this.subtotals = new Map(table.rows.map((r) => [r.key, r]));
    // Stages read best in the order a project goes through them; other groups largest first.
    const ordered = by === 'stage' ? [...table.rows].sort((a, b) => stageIndex(a.key) - stageIndex(b.key)) : table.rows;
    nodes.length = 0;
    for (const row of ordered) {
      // A heading row is part of the data, so it is found even when a filter hid it.
      const heading = api.getRowNode(groupRowId(row.key));
      if (heading) nodes.push(heading);
      if (!this.collapsed.has(row.key)) nodes.push(...(members.get(row.key) ?? []));
    }
    this.emit();
  }
}
