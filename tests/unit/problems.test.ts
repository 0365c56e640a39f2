import { describe, expect, it } from 'vitest';
import { compareForFollowUp, problemDue, problemDueText, problemExcerpt, type ProblemRow } from '../../shared/domain/problems';

const TODAY = '2026-11-22';

describe('problemDue: where a 卡点 stands on a day', () => {
  it('is kept on its promised day, overdue from the next', () => {
    expect(problemDue({ promisedOn: TODAY, resolvedOn: null }, TODAY, 15)).toEqual({ state: 'dueSoon', days: 0 });
    expect(problemDue({ promisedOn: '2026-11-21', resolvedOn: null }, TODAY, 15)).toEqual({ state: 'overdue', days: 1 });
  });

  it('is due soon within the settings\' warning window, open beyond it', () => {
    expect(problemDue({ promisedOn: '2026-12-07', resolvedOn: null }, TODAY, 15)).toEqual({ state: 'dueSoon', days: 15 });
    expect(problemDue({ promisedOn: '2026-12-08', resolvedOn: null }, TODAY, 15)).toEqual({ state: 'open', days: 16 });
    expect(problemDue({ promisedOn: '2026-12-08', resolvedOn: null }, TODAY, 20)).toEqual({ state: 'dueSoon', days: 16 });
  });

  it('is solved once solved, whatever its promise; without a promise it has no date', () => {
    expect(problemDue({ promisedOn: '2026-01-01', resolvedOn: '2026-02-01' }, TODAY, 15)).toEqual({ state: 'resolved' });
    expect(problemDue({ promisedOn: null, resolvedOn: null }, TODAY, 15)).toEqual({ state: 'noDate' });
  });

  it('reads in both languages', () => {
    expect(problemDueText({ state: 'overdue', days: 3 }, false)).toBe('逾期 3天');
    expect(problemDueText({ state: 'overdue', days: 3 }, true)).toBe('Overdue 3 d');
    expect(problemDueText({ state: 'dueSoon', days: 0 }, false)).toBe('今天到期');
    expect(problemDueText({ state: 'noDate' }, true)).toBe('No promised date');
  });
});

describe('compareForFollowUp: the 督办清单 order', () => {
  const row = (id: number, promisedOn: string | null, resolvedOn: string | null = null): ProblemRow => ({
    id, projectId: 1, projectCode: 'P', projectName: 'P', leader: '', ownerUnit: '', projectVersion: 1, nodeId: null, nodeName: null,
    text: `#${id}`, department: 'D', promisedOn, resolvedOn, resolution: '', createdAt: '2026-01-01T00:00:00Z', due: problemDue({ promisedOn, resolvedOn }, TODAY, 15),
  });

  it('puts the longest overdue first, then the nearest promises, then undated, then the solved (latest first)', () => {
    const rows = [row(1, '2027-01-01'), row(2, null), row(3, '2026-11-20'), row(4, '2026-10-01', '2026-11-01'), row(5, '2026-11-01'), row(6, '2026-11-25'), row(7, '2026-10-01', '2026-11-10')];
    expect(rows.sort(compareForFollowUp).map((r) => r.id)).toEqual([5, 3, 6, 1, 2, 7, 4]);
  });
});

describe('problemExcerpt', () => {
  it('shortens long text for the history and folds its whitespace', () => {
    expect(problemExcerpt('用地 \n 指标')).toBe('用地 指标');
    expect(problemExcerpt('一二三四五六七八九十一二三四五六七八九十一二三四五六')).toBe('一二三四五六七八九十一二三四五六七八九十一二三四…');
  });
});
