/** The file name of a unit's fill-in template: whom it is for and which month, safe on Windows. */

const UNSAFE = /[\\/:*?"<>|]/g;

export function templateFileName(unit: string, month: string): string {
  const safeUnit = [...unit.replace(UNSAFE, '')].filter((ch) => ch.charCodeAt(0) >= 0x20).join('').trim() || '单位';
  return `${safeUnit}_重大项目月度填报_${month.slice(0, 4)}年${Number(month.slice(5, 7))}月.xlsx`;
}
