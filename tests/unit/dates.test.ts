import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fixedClock,
  formatChineseDate,
  fromDayNumber,
  isIsoDate,
  isIsoMonth,
  monthOf,
  monthsBetween,
  toDayNumber,
  yearOf,
} from '../../shared/domain/dates';

describe('isIsoDate', () => {
  it('rejects 29 February in a common year and accepts it in a leap year', () => {
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('follows the century rules for leap years', () => {
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
  });

  it('rejects impossible days and months', () => {
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-13-01')).toBe(false);
    expect(isIsoDate('2023-00-10')).toBe(false);
    expect(isIsoDate('2023-01-00')).toBe(false);
    expect(isIsoDate('2023-12-31')).toBe(true);
  });

  it('rejects other spellings of a date', () => {
    expect(isIsoDate('2023-3-1')).toBe(false);
    expect(isIsoDate('2023/03/01')).toBe(false);
    expect(isIsoDate('2023年3月1日')).toBe(false);
    expect(isIsoDate('2023-03-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('isIsoMonth', () => {
  it('accepts YYYY-MM with months 01..12 only', () => {
    expect(isIsoMonth('2023-01')).toBe(true);
    expect(isIsoMonth('2023-12')).toBe(true);
    expect(isIsoMonth('2023-13')).toBe(false);
    expect(isIsoMonth('2023-00')).toBe(false);
    expect(isIsoMonth('2023-1')).toBe(false);
    expect(isIsoMonth('2023-01-01')).toBe(false);
  });
});

describe('addDays', () => {
  it('crosses a month end', () => {
    expect(addDays('2023-01-31', 1)).toBe('2023-02-01');
    expect(addDays('2023-04-30', 1)).toBe('2023-05-01');
  });

  it('crosses a year end both ways', () => {
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-01-01', -1)).toBe('2023-12-31');
  });

  it('handles 29 February', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('adds a whole leap year and a whole common year', () => {
    expect(addDays('2024-01-01', 366)).toBe('2025-01-01');
    expect(addDays('2023-01-01', 365)).toBe('2024-01-01');
  });

  it('adds zero days', () => {
    expect(addDays('2023-03-01', 0)).toBe('2023-03-01');
  });

  it('is not moved by daylight-saving changes in the local time zone', () => {
    const saved = process.env.TZ;
    try {
      for (const tz of ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai']) {
        process.env.TZ = tz;
        // Days on which New York (2023-03-12, 2023-11-05) and Berlin (2023-03-26, 2023-10-29) switch.
        expect(addDays('2023-03-12', 1)).toBe('2023-03-13');
        expect(addDays('2023-11-05', 1)).toBe('2023-11-06');
        expect(addDays('2023-03-26', 1)).toBe('2023-03-27');
        expect(addDays('2023-10-29', -1)).toBe('2023-10-28');
        expect(daysBetween('2023-03-01', '2023-04-01')).toBe(31);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

describe('daysBetween', () => {
  it('counts whole days, positive when the second date is later', () => {
    expect(daysBetween('2023-03-01', '2023-03-16')).toBe(15);
    expect(daysBetween('2023-03-16', '2023-03-01')).toBe(-15);
    expect(daysBetween('2023-03-01', '2023-03-01')).toBe(0);
  });

  it('counts across February and year ends', () => {
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2023-02-01', '2023-03-01')).toBe(28);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2022-11-22', '2023-11-22')).toBe(365);
    expect(daysBetween('2023-11-22', '2024-11-22')).toBe(366);
  });

  it('agrees with day numbers from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('2000-01-01')).toBe(10_957);
    expect(fromDayNumber(10_957)).toBe('2000-01-01');
  });

  it('refuses text that is not a date', () => {
    expect(() => toDayNumber('2023/03/01')).toThrow(RangeError);
    expect(() => daysBetween('2023-03-01', 'soon')).toThrow(RangeError);
  });
});

describe('months', () => {
  it('adds months across year ends', () => {
    expect(addMonths('2023-11', 2)).toBe('2024-01');
    expect(addMonths('2023-12', 1)).toBe('2024-01');
    expect(addMonths('2024-01', -1)).toBe('2023-12');
    expect(addMonths('2023-05', 0)).toBe('2023-05');
    expect(addMonths('2023-05', 24)).toBe('2025-05');
    expect(addMonths('2023-05', -17)).toBe('2021-12');
  });

  it('counts months across years', () => {
    expect(monthsBetween('2023-11', '2024-02')).toBe(3);
    expect(monthsBetween('2024-02', '2023-11')).toBe(-3);
    expect(monthsBetween('2022-11', '2024-11')).toBe(24);
    expect(monthsBetween('2023-05', '2023-05')).toBe(0);
  });

  it('takes the month and year of a date', () => {
    expect(monthOf('2022-11-22')).toBe('2022-11');
    expect(yearOf('2022-11-22')).toBe(2022);
    expect(yearOf('2024-01')).toBe(2024);
  });
});

describe('fixedClock', () => {
  it('answers the fixed day every time', () => {
    const clock = fixedClock('2024-02-29');
    expect(clock.today()).toBe('2024-02-29');
    expect(clock.today()).toBe('2024-02-29');
  });

  it('still gives a real ISO timestamp for the audit trail', () => {
    const now = fixedClock('2020-01-01').now();
    expect(now).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(now.startsWith('2020-01-01')).toBe(false);
  });

  it('refuses a day that does not exist', () => {
    expect(() => fixedClock('2023-02-29')).toThrow(RangeError);
    expect(() => fixedClock('today')).toThrow(RangeError);
  });
});

describe('formatChineseDate', () => {
  it('writes the date without leading zeros', () => {
    expect(formatChineseDate('2023-05-01')).toBe('2023年5月1日');
    expect(formatChineseDate('2022-11-22')).toBe('2022年11月22日');
  });
});
