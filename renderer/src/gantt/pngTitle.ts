/**
 * The title line of 导出图片: what the picture shows, filters included, so a slide made from a
 * filtered chart never passes for the whole register ("重大项目进度甘特图 · 产业链=新能源 · 搜索“卫蓝” · 15个项目").
 */
import type { TFunction } from 'i18next';
import type { LightColor } from '../../../shared/domain/types';
import type { ServiceFilter } from './useGanttData';

export interface TitleInput {
  filter: ServiceFilter;
  search: string;
  light: LightColor | null;
  count: number;
  /** 1-based page and page count, when the set is split over several images. */
  page?: { index: number; of: number };
}

export function pngTitle({ filter, search, light, count, page }: TitleInput, t: TFunction): string {
  const parts = [t('pngTitle')];
  for (const what of ['level', 'chain', 'area', 'stage'] as const) {
    const value = filter[what];
    if (value) parts.push(t('png.filterPart', { what: t(`filters.${what}`), value }));
  }
  if (light) parts.push(t('png.filterPart', { what: t('filters.lights'), value: t(`lightFilter.${light}`) }));
  if (search.trim()) parts.push(t('png.searchPart', { text: search.trim() }));
  parts.push(t('png.countPart', { count }));
  if (page && page.of > 1) parts.push(t('png.pagePart', { index: page.index, of: page.of }));
  return parts.join(' · ');
}
