/** Small display helpers of the 投资汇总 view. */
import type { TFunction } from 'i18next';
import { SLICE_KEYS, UNSIGNED, type RollupSlice } from '../../../shared/domain/rollupSlice';
import { UNKNOWN_AMOUNT } from '../../../shared/domain/unknownAmounts';
import { rollupKeyText } from '../common/domainText';

export function percentText(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** A slice value as shown: the rollup key's words in the UI's language (2023, Not signed, a size band). */
function sliceValueText(key: (typeof SLICE_KEYS)[number], value: string, en: boolean): string {
  if (!value) return UNKNOWN_AMOUNT[en ? 'en' : 'zh'];
  if (key === 'date') return value === UNSIGNED ? rollupKeyText('year', value, en) : value;
  return rollupKeyText(key, value, en);
}

/** "产业链 新能源 · 签约年份 2023", for link titles. */
export function describeSlice(slice: RollupSlice, t: TFunction<'rollups'>, en: boolean): string {
  const parts = SLICE_KEYS.filter((k) => slice[k] !== undefined).map((k) => `${t(`dims.${k}`)} ${sliceValueText(k, slice[k] ?? '', en)}`);
  return parts.length ? parts.join(' · ') : t('all');
}
