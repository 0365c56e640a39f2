/**
 * The register's derived figures are computed once per change and read from memory after (issue 17):
 * the same read twice gives the same rows, and every kind of change is seen by the next read — a
 * write through the services, a write by another connection (the CLI while the app runs), a new
 * day, and a write rolled back.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../electron/services/ledger';
import { inTransaction } from '../../electron/db/db';
import { updateProjectFields } from '../../electron/db/queries/projects';
import { listRows } from '../../electron/services/registerRows';
import type { Clock } from '../../shared/domain/dates';
import { tempDir, TODAY } from './helpers';

const opened: Ledger[] = [];
afterEach(async () => { while (opened.length) await opened.pop()?.close(); });

async function open(dbPath: string, clock: Clock): Promise<Ledger> {
  const ledger = await openLedger({ dbPath, clock, actor: 'tester', seedSampleIfNew: true });
  opened.push(ledger);
  return ledger;
}

function movableClock(start: string): Clock & { set(day: string): void } {
  let today = start;
  return { today: () => today, now: () => new Date().toISOString(), set: (day) => { today = day; } };
}

describe('the register cache', () => {
  it('answers a second read from memory: the same rows, not computed again', async () => {
    const ledger = await open(path.join(tempDir(), 'ledger.sqlite'), movableClock(TODAY));
    const first = await ledger.send('projects.list', {});
    const second = await ledger.send('projects.list', {});
    expect(second).toEqual(first);
    expect(second[0]).toBe(first[0]);
    // Rows are shared between reads: a caller cannot change what the next one gets.
    expect(Object.isFrozen(first[0])).toBe(true);
  });

  it('sees a write through the services, and a write by another connection to the same file', async () => {
    const dbPath = path.join(tempDir(), 'ledger.sqlite');
    const ledger = await open(dbPath, movableClock(TODAY));
    const [p] = await ledger.send('projects.list', {});
    await ledger.send('projects.update', { id: p!.id, version: p!.version, changes: { annualPlan: 123_000_000 } });
    expect((await ledger.send('projects.list', {})).find((r) => r.id === p!.id)?.annualPlan).toBe(123_000_000);

    const other = await open(dbPath, movableClock(TODAY));
    const now = (await other.send('projects.get', { id: p!.id })).project;
    await other.send('projects.update', { id: p!.id, version: now.version, changes: { name: '另一窗口改的名字' } });
    expect((await ledger.send('projects.list', {})).find((r) => r.id === p!.id)?.name).toBe('另一窗口改的名字');
  });

  it('judges the lights again when the day changes', async () => {
    const clock = movableClock(TODAY);
    const ledger = await open(path.join(tempDir(), 'ledger.sqlite'), clock);
    const before = await ledger.send('projects.list', {});
    const notRed = before.filter((r) => r.light.color !== 'red' && r.stage !== '终止' && r.currentNode !== '全部完成' && r.currentNode !== null);
    expect(notRed.length).toBeGreaterThan(0);
    // Ten years on, every open node is long overdue.
    clock.set('2036-11-22');
    const after = await ledger.send('projects.list', {});
    for (const r of notRed) expect(after.find((a) => a.id === r.id)?.light.color, r.name).toBe('red');
  });

  it('never keeps what a rolled-back write showed', async () => {
    const ledger = await open(path.join(tempDir(), 'ledger.sqlite'), movableClock(TODAY));
    const [p] = await ledger.send('projects.list', {});
    await expect(inTransaction(ledger.ctx.db, async () => {
      await updateProjectFields(ledger.ctx.db, p!.id, { name: '回滚前的名字' }, new Date().toISOString());
      expect((await listRows(ledger.ctx, {})).find((r) => r.id === p!.id)?.name).toBe('回滚前的名字');
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect((await ledger.send('projects.list', {})).find((r) => r.id === p!.id)?.name).toBe(p!.name);
  });

  it('gives the Gantt the nodes of the projects asked and the span of their dates', async () => {
    const ledger = await open(path.join(tempDir(), 'ledger.sqlite'), movableClock(TODAY));
    const projects = await ledger.send('projects.list', {});
    const asked = [projects[5]!.id, projects[0]!.id];
    const nodes = await ledger.send('nodes.ofProjects', { projectIds: asked });
    const own = [...await ledger.send('nodes.list', { projectId: asked[0]! }), ...await ledger.send('nodes.list', { projectId: asked[1]! })];
    expect(nodes).toEqual(own);

    const dates = (list: typeof nodes) => list.flatMap((n) => [n.plannedStart, n.plannedEnd, n.actualStart, n.actualEnd]).filter((d): d is string => d !== null).sort();
    expect(await ledger.send('nodes.extent', { projectIds: asked })).toEqual({ from: dates(own)[0], to: dates(own).at(-1) });
    const all = dates(await ledger.send('nodes.all', {}));
    expect(await ledger.send('nodes.extent', {})).toEqual({ from: all[0], to: all.at(-1) });
  });

  it('moves the span of every schedule (进度甘特\'s time axis) with a node moved past its end', async () => {
    const ledger = await open(path.join(tempDir(), 'ledger.sqlite'), movableClock(TODAY));
    const before = await ledger.send('nodes.extent', {});
    expect(before.to).not.toBeNull();
    const [p] = await ledger.send('projects.list', {});
    const [node] = await ledger.send('nodes.list', { projectId: p!.id });
    await ledger.send('nodes.update', { id: node!.id, changes: { plannedEnd: '2049-12-31' } });
    expect(await ledger.send('nodes.extent', {})).toEqual({ from: before.from, to: '2049-12-31' });
  });
});

describe('the register\'s first screen', () => {
  it('computes the first rows alone before the whole register is computed, the same as the whole gives them', async () => {
    const ledger = await open(path.join(tempDir(), 'ledger.sqlite'), movableClock(TODAY));
    await ledger.send('data.generate', { projects: 400, seed: 3 });
    const first = await ledger.send('projects.list', { limit: 60 });
    const whole = await ledger.send('projects.list', {});
    expect(whole.length).toBeGreaterThanOrEqual(400);
    expect(first).toEqual(whole.slice(0, 60));
    expect(await ledger.send('projects.list', { limit: 60, chain: whole[0]!.chain })).toEqual(whole.filter((r) => r.chain === whole[0]!.chain).slice(0, 60));
  });
});
