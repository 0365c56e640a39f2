/** 万元 text exact to the 元 (up to four decimals, trailing zeros dropped), for sums the user checks against the file. */
import { formatAmount } from '../../../shared/domain/money';

export function wanExact(yuan: number): string {
  return formatAmount(yuan, '万元', { decimals: 4, grouping: true }).replace(/\.?0+$/, '');
}
