/** The months a year-to-date figure covers, in the UI's language: 1–11月 / Jan–Nov. */

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 11月 / Nov. */
export function monthName(month: number, en: boolean): string {
  return en ? (MONTHS_EN[month - 1] ?? String(month)) : `${month}月`;
}

/** 1–11月 / Jan–Nov; January alone is 1月 / Jan. */
export function monthSpan(month: number, en: boolean): string {
  if (month <= 1) return monthName(1, en);
  return en ? `Jan–${monthName(month, true)}` : `1–${month}月`;
}

/** A month of a year, YYYY-MM as people say it: 2026年11月 / Nov 2026. */
export function monthOfYearText(month: string, en: boolean): string {
  const number = Number(month.slice(5, 7));
  return en ? `${monthName(number, true)} ${month.slice(0, 4)}` : `${month.slice(0, 4)}年${number}月`;
}
