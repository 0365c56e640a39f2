/** Small display helpers of the 投资汇总 view. */
import type { TFunction } from 'i18next';
import { SLICE_KEYS, type RollupSlice } from '../../../shared/domain/rollupSlice';

export function percentText(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

/** "产业链 新能源 · 签约年份 2023", for link titles. */
export function describeSlice(slice: RollupSlice, t: TFunction<'rollups'>): string {
  const parts = SLICE_KEYS.filter((k) => slice[k] !== undefined).map((k) => `${t(`dims.${k}`)} ${slice[k] || '未填'}`);
  return parts.length ? parts.join(' · ') : t('all');
}
