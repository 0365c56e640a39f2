/**
 * Dates and date-times as files write them, checked against an oracle that never uses the parser's
 * patterns: every day 2000–2035 is built from a UTC day count with JS Date, written out in each
 * accepted form, and must come back as that day, or be refused when the day does not exist.
 */
import { describe, expect, it } from 'vitest';
import { parseImportDate } from '../../shared/import/dates';
import { readRow, type RowReadContext } from '../../shared/import/readRow';
import { suggestMapping } from '../../shared/import/fields';

const DAY_MS = 86_400_000;
const FIRST = Date.UTC(2000, 0, 1);
const LAST = Date.UTC(2035, 11, 31);
/** Excel's working epoch: serial 1 is 1900-01-01, and after its phantom 1900-02-29 serial n is n days after 1899-12-30. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

interface Day { y: number; m: number; d: number; iso: string; ms: number; index: number }

function everyDay(from = FIRST, to = LAST): Day[] {
  const days: Day[] = [];
  for (let ms = from, index = 0; ms <= to; ms += DAY_MS, index++) {
    const dt = new Date(ms);
    days.push({ y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), iso: dt.toISOString().slice(0, 10), ms, index });
  }
  return days;
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** Each accepted form of a day, with a time of day that varies over the days (hours 0–23, minutes 0–59). */
const FORMS: Array<[string, (day: Day) => string | number]> = [
  ['y/m/d H:MM (Excel zh-CN date-time)', ({ y, m, d, index }) => `${y}/${m}/${d} ${index % 24}:${p2((index * 7) % 60)}`],
  ['y-m-d HH:MM:SS', ({ y, m, d, index }) => `${y}-${m}-${d} ${p2((index * 5) % 24)}:${p2((index * 11) % 60)}:${p2((index * 13) % 60)}`],
  ['yyyy-mm-ddTHH:MM', ({ y, m, d, index }) => `${y}-${p2(m)}-${p2(d)}T${p2((index * 3) % 24)}:${p2(index % 60)}`],
  ['y年m月d日 H时', ({ y, m, d, index }) => `${y}年${m}月${d}日 ${index % 24}时`],
  ['yyyy/mm/dd 下午h:mm', ({ y, m, d, index }) => `${y}/${p2(m)}/${p2(d)} 下午${1 + (index % 11)}:${p2((index * 17) % 60)}`],
  ['yyyy-mm-dd HH:MM:SS.fff', ({ y, m, d, index }) => `${y}-${p2(m)}-${p2(d)} ${p2(index % 24)}:00:00.000`],
  ['y年m月d日', ({ y, m, d }) => `${y}年${m}月${d}日`],
  ['yyyy-mm-dd', ({ iso }) => iso],
  ['y-m-d', ({ y, m, d }) => `${y}-${m}-${d}`],
  ['full-width y年m月d日', ({ y, m, d }) => `${y}年${m}月${d}日`.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  ['y/m/d', ({ y, m, d }) => `${y}/${m}/${d}`],
  ['y.m.d', ({ y, m, d }) => `${y}.${m}.${d}`],
  ['yyyymmdd', ({ y, m, d }) => `${y}${p2(m)}${p2(d)}`],
  ['Excel serial with a time fraction', ({ ms, index }) => (ms - EXCEL_EPOCH) / DAY_MS + (index % 1440) / 1440],
  ['Excel serial as text', ({ ms, index }) => String((ms - EXCEL_EPOCH) / DAY_MS + (index % 96) / 96)],
];

describe('every day 2000–2035 in every accepted form', () => {
  const days = everyDay();

  it('covers 36 years of days', () => {
    expect(days).toHaveLength(13_149);
    expect(days[0]!.iso).toBe('2000-01-01');
    expect(days.at(-1)!.iso).toBe('2035-12-31');
  });

  it.each(FORMS)('%s reads back as the day written, never another', (_, write) => {
    const wrong: string[] = [];
    for (const day of days) {
      const input = write(day);
      const parsed = parseImportDate(input);
      if (!parsed.ok || parsed.date !== day.iso || parsed.precision !== 'day') wrong.push(`${input} → ${JSON.stringify(parsed)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('reads y/m/d H:MM at every hour of every day 2020–2030 (the issue’s measurement: 4.6% wrong, 12.6% refused before)', () => {
    const wrong: string[] = [];
    for (const { y, m, d, iso } of everyDay(Date.UTC(2020, 0, 1), Date.UTC(2030, 11, 31))) {
      for (let h = 0; h < 24; h++) {
        const parsed = parseImportDate(`${y}/${m}/${d} ${h}:30`);
        if (!parsed.ok || parsed.date !== iso) wrong.push(`${y}/${m}/${d} ${h}:30`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('refuses the day after each month’s last, in every form that names a day', () => {
    const accepted: string[] = [];
    for (let y = 2000; y <= 2035; y++) {
      for (let m = 1; m <= 12; m++) {
        const past = new Date(Date.UTC(y, m, 0)).getUTCDate() + 1;
        for (const text of [`${y}/${m}/${past} 12:30`, `${y}-${m}-${past} 15:00:00`, `${y}-${p2(m)}-${p2(past)}T15:00`, `${y}年${m}月${past}日`, `${y}${p2(m)}${p2(past)}`]) {
          const parsed = parseImportDate(text);
          if (parsed.ok || parsed.reason !== 'invalid_day') accepted.push(text);
        }
      }
    }
    expect(accepted).toEqual([]);
  });
});

describe('date-times and coarse dates', () => {
  it('reads the issue’s examples as their dates', () => {
    expect(parseImportDate('2023/5/2 12:30')).toEqual({ ok: true, date: '2023-05-02', precision: 'day' });
    expect(parseImportDate('2023-5-3 15:00:00')).toEqual({ ok: true, date: '2023-05-03', precision: 'day' });
    expect(parseImportDate('2023-05-03T15:00:00.000Z')).toMatchObject({ ok: true, date: '2023-05-03' });
    expect(parseImportDate('2023年5月3日 15时30分')).toMatchObject({ ok: true, date: '2023-05-03' });
    expect(parseImportDate(45048.625)).toMatchObject({ ok: true, date: '2023-05-02' });
    expect(parseImportDate('  2023 年 5 月 3 日  ')).toMatchObject({ ok: true, date: '2023-05-03' });
  });

  it('refuses a time that does not exist, and digits run together where the time should start', () => {
    expect(parseImportDate('2023/5/2 25:00')).toMatchObject({ ok: false, reason: 'invalid_day' });
    expect(parseImportDate('2023/5/2 12:61')).toMatchObject({ ok: false, reason: 'invalid_day' });
    expect(parseImportDate('2023/5/212:30')).toMatchObject({ ok: false });
    expect(parseImportDate('2023/5/2 下班前')).toMatchObject({ ok: false, reason: 'not_date' });
  });

  it('keeps a month at month precision and never invents a date from a year', () => {
    expect(parseImportDate('2023年5月')).toEqual({ ok: true, date: '2023-05-01', precision: 'month' });
    expect(parseImportDate('2023.11')).toEqual({ ok: true, date: '2023-11-01', precision: 'month' });
    for (const year of ['2023年', '2023', '2023年度', '２０２３年']) expect(parseImportDate(year), year).toMatchObject({ ok: false, reason: 'year_only' });
    expect(parseImportDate(2023)).toMatchObject({ ok: false, reason: 'year_only' });
  });
});

describe('dates in a row: the user hears what was assumed', () => {
  const headers = ['项目名称', '开工时间', '竣工时间'];
  const ctx: RowReadContext = { headers, units: [null, null, null], mapping: suggestMapping(headers), codeLists: { chain: [], area: [], level: [], kind: [], source: [] }, acceptedCodes: new Set() };

  it('takes a date-time as its date, silently', () => {
    const row = readRow(5, ['甲', '2023/5/2 12:30', '2023-5-3 15:00:00'], ctx);
    expect(row.values).toMatchObject({ plannedStart: '2023-05-02', plannedCompletion: '2023-05-03' });
    expect(row.issues).toEqual([]);
  });

  it('warns, naming row and column, that a month has no day', () => {
    const row = readRow(6, ['甲', '2023年5月', ''], ctx);
    expect(row.values.plannedStart).toBe('2023-05-01');
    expect(row.issues).toEqual([expect.objectContaining({ level: 'warning', field: 'plannedStart', column: '开工时间' })]);
    expect(row.issues[0]!.message).toBe('第6行「开工时间」：「2023年5月」只写到月，未写日，按该月 1 日（2023-05-01）导入');
  });

  it('leaves a bare year out with a warning, and refuses an impossible day as an error', () => {
    const year = readRow(7, ['甲', '2023年', 2024], ctx);
    expect(year.values).not.toHaveProperty('plannedStart');
    expect(year.values).not.toHaveProperty('plannedCompletion');
    expect(year.issues.map((i) => [i.level, i.message])).toEqual([
      ['warning', '第7行「开工时间」：「2023年」只写了年份，没有月和日，未导入此值'],
      ['warning', '第7行「竣工时间」：「2024」只写了年份，没有月和日，未导入此值'],
    ]);
    const bad = readRow(8, ['甲', '2023/2/29 9:00', ''], ctx);
    expect(bad.issues).toEqual([expect.objectContaining({ level: 'error', message: '第8行「开工时间」：「2023/2/29 9:00」不是有效日期' })]);
  });
});
