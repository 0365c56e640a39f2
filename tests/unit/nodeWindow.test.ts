/** The Gantt's nodes, asked a screen at a time: asked once, kept on screen across a write until fresh ones come, bounded in memory. */
import { describe, expect, it } from 'vitest';
import { NodeWindow } from '../../renderer/src/gantt/nodeWindow';
import type { ScheduleNodeWithLight } from '../../shared/domain/types';

function node(projectId: number, name: string): ScheduleNodeWithLight {
  return { id: projectId * 10, projectId, seq: 1, name, milestone: false, plannedStart: null, plannedEnd: null, actualStart: null, actualEnd: null, percent: 0, note: '', light: { status: '未开始', color: 'grey' } };
}

function service(name: () => string) {
  const calls: number[][] = [];
  const fetchNodes = async (ids: number[]) => {
    calls.push(ids);
    return ids.map((id) => node(id, name()));
  };
  return { calls, fetchNodes };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('NodeWindow', () => {
  it('asks for each project once, however often its rows are in view', async () => {
    const { calls, fetchNodes } = service(() => '开工');
    let arrivals = 0;
    const w = new NodeWindow(fetchNodes, () => { arrivals += 1; });
    w.want([1, 2, 3]);
    w.want([2, 3, 4]);
    await settle();
    w.want([1, 2, 3, 4]);
    await settle();
    expect(calls).toEqual([[1, 2, 3], [4]]);
    expect(arrivals).toBe(2);
    expect(w.get(4).map((n) => n.name)).toEqual(['开工']);
    expect(w.get(99)).toEqual([]);
  });

  it('keeps drawing the held nodes after a write and asks for them again', async () => {
    let name = '开工';
    const { calls, fetchNodes } = service(() => name);
    const w = new NodeWindow(fetchNodes, () => undefined);
    w.want([1]);
    await settle();
    w.invalidate();
    name = '竣工';
    expect(w.get(1).map((n) => n.name)).toEqual(['开工']);
    w.want([1]);
    await settle();
    expect(calls).toEqual([[1], [1]]);
    expect(w.get(1).map((n) => n.name)).toEqual(['竣工']);
  });

  it('bounds what it holds, yet an export gets every project it asks for, in pages', async () => {
    const { calls, fetchNodes } = service(() => '签约');
    const w = new NodeWindow(fetchNodes, () => undefined, 50, 100);
    const ids = Array.from({ length: 300 }, (_, i) => i + 1);
    const all = await w.load(ids);
    expect(calls.map((c) => c.length)).toEqual([50, 50, 50, 50, 50, 50]);
    expect(ids.every((id) => all.get(id)?.[0]?.projectId === id)).toBe(true);
    expect(ids.filter((id) => w.has(id)).length).toBeLessThanOrEqual(100);
  });
});
