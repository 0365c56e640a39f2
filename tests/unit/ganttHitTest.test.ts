/**
 * The Gantt's canvas is painted by hand (a chart library's per-frame diffing cost 10–15 ms a
 * scrolled frame at 30,000 projects), so it finds the bar under the pointer itself: the tooltip,
 * the click that opens 项目详情 and the drag all start from this.
 */
import { describe, expect, it } from 'vitest';
import type { BarItem, EdgeMark } from '../../renderer/src/gantt/barItems';
import { hitTest } from '../../renderer/src/gantt/paintScene';
import type { Scene } from '../../renderer/src/gantt/scene';
import type { ProjectRow, ScheduleNodeWithLight } from '../../shared/domain/types';

const node = (name: string, milestone = false) => ({ id: name.length, name, milestone, light: { color: 'blue' } }) as unknown as ScheduleNodeWithLight;
const project = { id: 7, name: '卫蓝' } as unknown as ProjectRow;
const bar = (name: string, y: number, planned: [number, number] | null, actual: [number, number] | null, milestone = false): BarItem => ({
  node: node(name, milestone), project, siblings: [], color: 'blue', milestone, y,
  planned: planned && { x0: planned[0], x1: planned[1] }, actual: actual && { x0: actual[0], x1: actual[1] },
});

function scene(bars: BarItem[], edges: EdgeMark[] = []): Scene {
  return { bars, edges, groups: [], lines: [], rowTops: [], todayX: null, width: 800, height: 300, editing: false, labels: true };
}

const nameAt = (s: Scene, x: number, y: number) => {
  const hit = hitTest(s, x, y);
  return hit && 'bar' in hit ? hit.bar.node.name : hit && 'edge' in hit ? `edge:${hit.edge.side}` : null;
};

describe('the bar under the pointer on the hand-painted Gantt', () => {
  const s = scene([bar('立项', 0, [10, 60], [10, 40]), bar('开工', 0, [100, 101], null, true), bar('竣工', 30, [50, 200], null)], [
    { y: 60, side: 'right', node: node('投产'), day: 900 },
  ]);

  it('finds a bar by its planned outline or its actual fill, in its own row only', () => {
    expect(nameAt(s, 30, 15)).toBe('立项');
    expect(nameAt(s, 55, 15)).toBe('立项');
    expect(nameAt(s, 55, 45)).toBe('竣工');
    expect(nameAt(s, 80, 15)).toBeNull();
    // Between rows (the rule line) and above a bar's body: nothing.
    expect(nameAt(s, 30, 29)).toBeNull();
  });

  it('finds a milestone by its diamond, not by the square around it', () => {
    expect(nameAt(s, 100.5, 15)).toBe('开工');
    expect(nameAt(s, 106, 15)).toBe('开工');
    expect(nameAt(s, 107, 22)).toBeNull();
  });

  it('finds the arrow at the edge of an empty row', () => {
    expect(nameAt(s, 790, 75)).toBe('edge:right');
    expect(nameAt(s, 770, 75)).toBeNull();
  });

  it('of two bars drawn over each other, the one drawn last (on top)', () => {
    const over = scene([bar('A', 0, [10, 100], null), bar('B', 0, [50, 150], null)]);
    expect(nameAt(over, 70, 15)).toBe('B');
    expect(nameAt(over, 20, 15)).toBe('A');
  });
});
