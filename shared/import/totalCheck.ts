/**
 * A file's project rows held against its own 合计 row. Reports and the lists streets send state a
 * 合计; when the rows do not add up to it (a row deleted, a figure typed twice, a group heading
 * taken for a project) importing anyway would put a different figure in the register than the
 * one the sender signed off. The comparison is file against file: a 合计 counts the whole file,
 * whatever part of it the register already holds or the chosen mode will write.
 */

import { formatAmount, unitName } from '../domain/money';

export interface TotalMismatch {
  /** What the 合计 row states, in 元. */
  fileTotal: number;
  /** 总投资 of every project row of the file, in 元. */
  rowsTotal: number;
  /** rowsTotal − fileTotal, in 元. */
  difference: number;
  /** Project rows whose 总投资 was empty or unreadable: they add nothing to rowsTotal. */
  rowsWithoutTotal: number;
  message: string;
  messageEn: string;
}

/** 万元 with every digit down to the 元 ("49.5 万元"; "49.5 CNY 10k" in English). */
function wan(yuan: number, lang: 'zh' | 'en' = 'zh'): string {
  return `${formatAmount(yuan, '万元', { decimals: 4, grouping: true }).replace(/\.?0+$/, '')} ${unitName('万元', lang)}`;
}

function yuanText(yuan: number): string {
  return `${formatAmount(yuan, '元', { grouping: true })} 元`;
}

export function totalMismatch(fileTotal: number | null, rowsTotal: number, rowsWithoutTotal: number): TotalMismatch | null {
  if (fileTotal === null || fileTotal === rowsTotal) return null;
  const difference = rowsTotal - fileTotal;
  const gap = Math.abs(difference);
  const more = difference > 0;
  const unread = rowsWithoutTotal > 0 ? `；其中 ${rowsWithoutTotal} 行总投资未填或无法读取，未计入` : '';
  const unreadEn = rowsWithoutTotal > 0 ? `; ${rowsWithoutTotal} rows have no readable total investment and add nothing` : '';
  return {
    fileTotal,
    rowsTotal,
    difference,
    rowsWithoutTotal,
    message: `各项目行总投资之和 ${wan(rowsTotal)}，比文件合计行的 ${wan(fileTotal)}${more ? '多' : '少'} ${wan(gap)}（${yuanText(gap)}）${unread}`,
    messageEn: `The project rows add up to ${wan(rowsTotal, 'en')}, ${wan(gap, 'en')} ${more ? 'more' : 'less'} than the file's total row (${wan(fileTotal, 'en')})${unreadEn}`,
  };
}
