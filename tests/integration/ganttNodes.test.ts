/** nodes.all, the Gantt's bars: every node of the register with the light its project's schedule gives it. */
import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp } from './helpers';

let ledger: Ledger;
afterEach(() => ledger?.close());

describe('nodes.all', () => {
  it('gives each project\'s nodes, in schedule order, with the same lights as the project\'s own schedule', async () => {
    ledger = await openTemp({ seed: true });
    const projects = await ledger.send('projects.list', {});
    const all = await ledger.send('nodes.all', {});
    for (const p of projects) {
      const own = await ledger.send('nodes.list', { projectId: p.id });
      expect(all.filter((n) => n.projectId === p.id), p.name).toEqual(own);
    }
    const listed = new Set(projects.map((p) => p.id));
    expect(all.every((n) => listed.has(n.projectId))).toBe(true);
    // The sample register has every node colour the Gantt's legend names.
    expect(new Set(all.map((n) => n.light.color))).toEqual(new Set(['red', 'yellow', 'amber', 'green', 'grey', 'blue']));
  });

  it('leaves archived projects out unless asked, as the register does', async () => {
    ledger = await openTemp({ seed: true });
    const [first] = await ledger.send('projects.list', {});
    const before = await ledger.send('nodes.all', {});
    const theirs = before.filter((n) => n.projectId === first!.id).length;
    expect(theirs).toBeGreaterThan(0);
    await ledger.send('projects.archive', { id: first!.id, archived: true });
    const after = await ledger.send('nodes.all', {});
    expect(after.some((n) => n.projectId === first!.id)).toBe(false);
    expect(after.length).toBe(before.length - theirs);
    expect((await ledger.send('nodes.all', { includeArchived: true })).length).toBe(before.length);
  });
});
