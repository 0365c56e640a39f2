/**
 * 团队版: a 填报 user sees only their own area. On the sample register, a 填报 of 凤凰街道 lists only
 * 凤凰街道's projects, is refused (403) another area's project page, its nodes and history, and
 * their 首页 and 投资汇总 count only their projects; an editor still sees the whole register.
 * A stale save names the person who saved in between, from the history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProjectRow } from '../../shared/domain/types';
import { dispatch } from '../../electron/services/dispatch';
import type { Account } from '../../electron/services/context';
import type { Ledger } from '../../electron/services/ledger';
import { openTemp } from './helpers';
import { readWorkbook } from '../../electron/services/excel/exceljs';
import type { MonthChanges } from '../../shared/domain/monthChanges';
import type { RoundStatus } from '../../shared/rounds/types';

let ledger: Ledger;
let all: ProjectRow[];

const filler: Account = { id: 1, name: 'fh01', displayName: '凤凰街道 李四', role: 'filler', scope: { area: '凤凰街道' } };
const editor: Account = { id: 2, name: 'wangfang', displayName: '王芳', role: 'editor', scope: {} };
const other: Account = { id: 3, name: 'zhaolei', displayName: '赵磊', role: 'editor', scope: {} };

async function as<T>(account: Account, method: string, input: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string; messageEn: string } }> {
  return (await dispatch({ ...ledger.ctx, account, actor: account.displayName }, method, input)) as { ok: boolean; value?: T; error?: { code: string; message: string; messageEn: string } };
}

beforeAll(async () => {
  ledger = await openTemp({ seed: true });
  all = await ledger.send('projects.list', {});
});
afterAll(() => ledger.close());

describe('a 填报 user sees only their area', () => {
  it('lists only 凤凰街道 projects, and an editor still lists them all', async () => {
    const own = all.filter((p) => p.area === '凤凰街道');
    expect(own.length).toBeGreaterThan(0);
    const listed = await as<ProjectRow[]>(filler, 'projects.list', {});
    expect(listed.value!.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
    // The top bar's 在库项目 counts what they see.
    expect((await as<{ projectCount: number }>(filler, 'data.info', {})).value!.projectCount).toBe(own.length);
    expect((await as<{ projectCount: number }>(editor, 'data.info', {})).value!.projectCount).toBe(all.length);
    expect((await as<ProjectRow[]>(editor, 'projects.list', {})).value!.length).toBe(all.length);
  });

  it('refuses another area\'s project page, nodes and history with 403 words', async () => {
    const longxi = all.find((p) => p.area === '龙溪街道')!;
    for (const [method, input] of [['projects.get', { id: longxi.id }], ['nodes.list', { projectId: longxi.id }], ['history.list', { projectId: longxi.id }], ['monthly.list', { projectId: longxi.id }]] as const) {
      const reply = await as(filler, method, input);
      expect(reply.error, method).toMatchObject({ code: 'forbidden', message: expect.stringContaining('只能查看本区域或本单位的项目') });
    }
    const own = all.find((p) => p.area === '凤凰街道')!;
    expect((await as(filler, 'projects.get', { id: own.id })).ok).toBe(true);
  });

  it('keeps only their projects in the Gantt\'s nodes, the history, 首页 and 投资汇总', async () => {
    const ownIds = new Set(all.filter((p) => p.area === '凤凰街道').map((p) => p.id));
    const nodes = await as<Array<{ projectId: number }>>(filler, 'nodes.all', {});
    expect(nodes.value!.length).toBeGreaterThan(0);
    expect(nodes.value!.every((n) => ownIds.has(n.projectId))).toBe(true);
    const nodesAsked = await as<Array<{ projectId: number }>>(filler, 'nodes.ofProjects', { projectIds: all.map((p) => p.id) });
    expect(new Set(nodesAsked.value!.map((n) => n.projectId))).toEqual(new Set(nodes.value!.map((n) => n.projectId)));
    const history = await as<Array<{ projectId: number | null }>>(filler, 'history.list', {});
    expect(history.value!.every((c) => c.projectId !== null && ownIds.has(c.projectId))).toBe(true);
    const home = await as<{ ids: number[]; headline: { count: number } }>(filler, 'home.summary', {});
    expect(new Set(home.value!.ids)).toEqual(ownIds);
    const byArea = await as<{ rows: Array<{ key: string }> }>(filler, 'rollups.by', { by: 'area' });
    expect(byArea.value!.rows.map((r) => r.key)).toEqual(['凤凰街道']);
    const monthly = await as<{ annualPlan: number }>(filler, 'rollups.monthly', { year: 2026 });
    const everyone = await as<{ annualPlan: number }>(editor, 'rollups.monthly', { year: 2026 });
    expect(monthly.value!.annualPlan).toBeLessThan(everyone.value!.annualPlan);
  });
});

describe('a stale save names who saved in between', () => {
  it('says 王芳 saved the project, and when', async () => {
    const project = all.find((p) => p.area === '龙溪街道')!;
    const first = await as(editor, 'projects.update', { id: project.id, version: project.version, changes: { progressNote: '王芳的修改' } });
    expect(first.ok).toBe(true);
    const second = await as(other, 'projects.update', { id: project.id, version: project.version, changes: { progressNote: '赵磊的修改' } });
    expect(second.error).toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/已在别处被修改：王芳 于 \d{4}-\d\d-\d\d \d\d:\d\d 已保存此项目/),
      messageEn: expect.stringMatching(/: 王芳 saved it at \d{4}-\d\d-\d\d \d\d:\d\d/),
    });
  });
});

describe('a refused account input names its field as the accounts panel does', () => {
  it('says 登录名 and 密码, not 项目名称', async () => {
    const admin: Account = { id: 9, name: 'admin', displayName: '管理员', role: 'admin', scope: {} };
    const reply = await as(admin, 'accounts.create', { name: 'x', displayName: '测试', role: 'editor', password: '' });
    expect(reply.error).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('登录名：登录名至少2个字符'), messageEn: expect.stringContaining('login name:') });
    expect(reply.error!.message).toContain('密码：请填写密码');
    expect(reply.error!.message).not.toContain('项目名称');
  });
});

describe('a 填报 returns only their own fill-in template', () => {
  it('refuses 龙溪街道\'s template (403, nothing merged) and previews their own', async () => {
    const files = await ledger.send('rounds.templates', { month: '2026-11', scope: 'area', units: ['龙溪街道', '凤凰街道'] });
    const file = (unit: string) => {
      const f = files.find((x) => x.unit === unit)!;
      return { file: { name: f.fileName, base64: f.base64 } };
    };
    const batches = (await ledger.send('imports.batches', {})).length;
    const refused = await as(filler, 'rounds.collect', file('龙溪街道'));
    expect(refused.error).toMatchObject({ code: 'forbidden', message: expect.stringContaining('这是发给「龙溪街道」的填报模板') });
    expect((await ledger.send('imports.batches', {})).length).toBe(batches);
    expect((await as(filler, 'rounds.preview', file('龙溪街道'))).error?.code).toBe('forbidden');
    expect((await as(filler, 'rounds.preview', file('凤凰街道'))).ok).toBe(true);
  });
});

describe('a 填报\'s 督办单, 比上月 and round status are of their own area', () => {
  const addProblem = async (p: ProjectRow, text: string) => {
    const version = (await ledger.send('projects.get', { id: p.id })).project.version;
    await ledger.send('problems.create', { projectId: p.id, nodeId: null, text, department: '区自然资源和规划局', promisedOn: '2026-12-15', version });
  };

  it('exports a 督办单 of their own projects\' 卡点 only', async () => {
    const own = all.find((p) => p.area === '凤凰街道')!;
    const longxi = all.find((p) => p.area === '龙溪街道')!;
    await addProblem(own, '凤凰街道的卡点：用地指标未落实');
    await addProblem(longxi, '龙溪街道的卡点：环评批复未下达');
    const texts = async (account: Account) => {
      const file = (await as<{ base64: string }>(account, 'problems.export', { department: '区自然资源和规划局' })).value!;
      const book = await readWorkbook(Buffer.from(file.base64, 'base64'));
      const cells: string[] = [];
      book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.text))));
      return cells.join('\n');
    };
    const mine = await texts(filler);
    expect(mine).toContain('凤凰街道的卡点：用地指标未落实');
    expect(mine).not.toContain('龙溪街道的卡点');
    expect(mine).not.toContain(longxi.name);
    expect(await texts(editor)).toContain('龙溪街道的卡点：环评批复未下达');
  });

  it('compares the month with the last closed one over their own projects only', async () => {
    expect((await as(editor, 'months.close', { month: '2026-10' })).ok).toBe(true);
    // Raised after October was closed: new in November's comparison.
    await addProblem(all.find((p) => p.area === '凤凰街道')!, '凤凰街道的新卡点：施工用电未接入');
    await addProblem(all.find((p) => p.area === '龙溪街道')!, '龙溪街道的新卡点：拆迁未完成');
    const ownIds = new Set(all.filter((p) => p.area === '凤凰街道' && !p.archived).map((p) => p.id));
    const theirs = (await as<MonthChanges>(filler, 'months.changes', { month: '2026-11' })).value!;
    const everyone = (await as<MonthChanges>(editor, 'months.changes', { month: '2026-11' })).value!;
    expect(theirs.investmentTotal.count).toBe(ownIds.size);
    expect(everyone.investmentTotal.count).toBeGreaterThan(theirs.investmentTotal.count);
    expect(theirs.investmentByArea.map((d) => d.key)).toEqual(['凤凰街道']);
    const listed = [...theirs.newProjects, ...theirs.removedProjects, ...theirs.turnedRed, ...theirs.recovered, ...Object.values(theirs.milestones).flat()];
    expect(listed.every((p) => ownIds.has(p.id))).toBe(true);
    expect([...theirs.newProblems, ...theirs.solvedProblems].every((p) => ownIds.has(p.projectId))).toBe(true);
    expect(theirs.newProblems.map((p) => p.text)).toEqual(['凤凰街道的新卡点：施工用电未接入']);
    expect(everyone.newProblems.map((p) => p.text)).toContain('龙溪街道的新卡点：拆迁未完成');
  });

  it('shows their own area\'s fill-in round, not who else is late', async () => {
    const theirs = (await as<RoundStatus>(filler, 'rounds.status', { month: '2026-11', scope: 'area' })).value!;
    const everyone = (await as<RoundStatus>(editor, 'rounds.status', { month: '2026-11', scope: 'area' })).value!;
    expect(theirs.units.map((u) => u.unit)).toEqual(['凤凰街道']);
    expect(everyone.units.map((u) => u.unit)).toContain('龙溪街道');
    expect(everyone.outstanding).toContain('龙溪街道');
    expect(theirs.outstanding).not.toContain('龙溪街道');
  });
});
