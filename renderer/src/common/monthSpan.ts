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
