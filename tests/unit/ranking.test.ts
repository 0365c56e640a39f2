import { describe, expect, it } from 'vitest';
import { quarterFigures, rankGroups, type RankingProject } from '../../shared/domain/ranking';

function proj(fields: Partial<RankingProject> = {}): RankingProject {
  return { area: '织里镇', ownerUnit: '织里镇人民政府', signedOn: null, annualPlan: 0, startedOn: null, completedOn: null, nodes: [], ...fields };
}

describe('quarterFigures', () => {
  const today = '2026-11-22';

  it('counts nodes due in the quarter and those finished by their planned end', () => {
    const f = quarterFigures([proj({ nodes: [
      { plannedEnd: '2026-07-10', actualEnd: '2026-07-09' }, // on time
      { plannedEnd: '2026-08-01', actualEnd: '2026-08-01' }, // on the day: on time
      { plannedEnd: '2026-08-15', actualEnd: '2026-08-20' }, // late
      { plannedEnd: '2026-09-29', actualEnd: null }, // open and past due on 09-30: red
      { plannedEnd: '2026-09-30', actualEnd: null }, // due on the last day itself: not yet red
      { plannedEnd: '2026-06-30', actualEnd: null }, // due last quarter, still red
      { plannedEnd: '2026-10-05', actualEnd: null }, // next quarter: neither due nor red at 09-30
    ] })], [0], '2026-Q3', today);
    expect(f.dueNodes).toBe(5);
    expect(f.onTimeNodes).toBe(2);
    expect(f.onTimeRate).toBe(0.4);
    expect(f.redNodes).toBe(2);
  });

  it('judges a past quarter as it stood on its last day: a node finished later was red then', () => {
    const nodes = [{ plannedEnd: '2026-09-01', actualEnd: '2026-10-15' }];
    const q3 = quarterFigures([proj({ nodes })], [0], '2026-Q3', today);
    expect(q3).toMatchObject({ dueNodes: 1, onTimeNodes: 0, redNodes: 1 });
    const q4 = quarterFigures([proj({ nodes })], [0], '2026-Q4', today);
    expect(q4).toMatchObject({ dueNodes: 0, redNodes: 0, onTimeRate: null });
  });

  it('judges the running quarter on today, not on its last day', () => {
    const f = quarterFigures([proj({ nodes: [{ plannedEnd: '2026-12-01', actualEnd: null }, { plannedEnd: '2026-11-01', actualEnd: null }] })], [0], '2026-Q4', today);
    expect(f).toMatchObject({ dueNodes: 1, redNodes: 1, onTimeNodes: 0 });
  });

  it('counts projects signed, started and completed in the quarter, and the 完成率', () => {
    const f = quarterFigures([
      proj({ signedOn: '2026-07-01', startedOn: '2026-09-30', annualPlan: 1_000 }),
      proj({ signedOn: '2026-06-30', completedOn: '2026-08-08', annualPlan: 3_000 }),
    ], [250, 750], '2026-Q3', today);
    expect(f).toMatchObject({ projects: 2, signed: 1, started: 1, completed: 1, annualPlan: 4_000, completedYtd: 1_000, completionRate: 0.25 });
  });
});

describe('rankGroups', () => {
  const today = '2026-11-22';
  const late = { plannedEnd: '2026-10-10', actualEnd: '2026-10-20' };
  const onTime = { plannedEnd: '2026-10-10', actualEnd: '2026-10-01' };
  const projects = [
    proj({ area: '织里镇', nodes: [onTime, onTime], annualPlan: 100 }),
    proj({ area: '八里店镇', nodes: [onTime, late], annualPlan: 100 }),
    // Q3: 滨湖街道 was the only one with everything on time.
    proj({ area: '滨湖街道', nodes: [late, { plannedEnd: '2026-08-01', actualEnd: '2026-07-30' }], annualPlan: 100 }),
    proj({ area: '埭溪镇', nodes: [onTime, { plannedEnd: '2026-09-01', actualEnd: '2026-09-20' }], annualPlan: 100 }),
  ];

  it('ranks by on-time rate and says how each moved against the quarter before', () => {
    const rows = rankGroups({ group: 'area', quarter: '2026-Q4', previousQuarter: '2026-Q3', today, projects, completedYtd: [50, 50, 50, 50], previousCompletedYtd: [0, 10, 10, 10] });
    expect(rows.map((r) => [r.key, r.rank])).toEqual([['埭溪镇', 1], ['织里镇', 1], ['八里店镇', 3], ['滨湖街道', 4]]);
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('滨湖街道')!.previousRank).toBe(1);
    expect(byKey.get('埭溪镇')!.previousRank).toBe(2);
    // Nothing was due in Q3 and nothing else happened: no previous rank to compare with.
    expect(byKey.get('织里镇')!.previousRank).toBe(null);
    expect(byKey.get('滨湖街道')!.current.onTimeRate).toBe(0);
    expect(byKey.get('织里镇')!.current.completionRate).toBe(0.5);
  });

  it('ranks 责任单位 the same way, with 未填 for projects without one', () => {
    const rows = rankGroups({ group: 'ownerUnit', quarter: '2026-Q4', previousQuarter: '2026-Q3', today, projects: [...projects, proj({ ownerUnit: '' })], completedYtd: [], previousCompletedYtd: [] });
    expect(rows.map((r) => r.key).sort()).toEqual(['未填', '织里镇人民政府']);
    expect(rows.find((r) => r.key === '织里镇人民政府')!.current.projects).toBe(4);
  });
});
