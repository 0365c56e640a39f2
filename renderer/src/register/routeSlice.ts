/**
 * A slice of the register named in the route, so other views can link into it:
 * `#/register?chain=新能源&area=…&stage=…&level=…&year=2023&size=≥100亿` (any subset). Matching uses
 * the shared rollupKey, so a slice holds exactly the projects its rollup row counted.
 */
import { DIMENSION_LABELS, rollupKey, type RollupDimension } from '../../../shared/domain/rollup';
import type { ProjectRow } from '../../../shared/domain/types';

export const SLICE_DIMENSIONS = ['chain', 'area', 'stage', 'level', 'year', 'size'] as const satisfies readonly RollupDimension[];

export type Slice = Partial<Record<RollupDimension, string>>;

/** `year=2023` reads as the rollup key "2023年". */
function normalise(by: RollupDimension, value: string): string {
  return by === 'year' && /^\d{4}$/.test(value) ? `${value}年` : value;
}

export function sliceFromParams(params: URLSearchParams): Slice {
  const slice: Slice = {};
  for (const by of SLICE_DIMENSIONS) {
    const value = params.get(by)?.trim();
    if (value) slice[by] = normalise(by, value);
  }
  return slice;
}

export function sliceEntries(slice: Slice): Array<[RollupDimension, string]> {
  return SLICE_DIMENSIONS.flatMap((by) => (slice[by] ? [[by, slice[by]] as [RollupDimension, string]] : []));
}

export function inSlice(project: ProjectRow, slice: Slice): boolean {
  return sliceEntries(slice).every(([by, value]) => rollupKey(project, by) === value);
}

export function sliceLabel(by: RollupDimension): string {
  return DIMENSION_LABELS[by];
}

/** The route without one dimension of the slice (a chip's ×). */
export function hashWithout(params: URLSearchParams, by: RollupDimension): string {
  const next = new URLSearchParams(params);
  next.delete(by);
  const text = next.toString();
  return text ? `#/register?${text}` : '#/register';
}

/**
 * A named set of projects from another page (首页's 本月新开工, a leader's red projects):
 * `#/register?ids=3,17,42&label=本月新开工`. The page that counted them lists them, so the register
 * shows exactly the projects behind the figure.
 */
export interface IdSlice {
  ids: ReadonlySet<number>;
  label: string;
}

export function idSliceFromParams(params: URLSearchParams): IdSlice | null {
  const text = params.get('ids');
  if (text === null) return null;
  const ids = new Set(text.split(',').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0));
  return { ids, label: params.get('label')?.trim() || '' };
}

export function registerHrefForIds(ids: readonly number[], label: string): string {
  return `#/register?${new URLSearchParams({ ids: ids.join(','), label }).toString()}`;
}

/** The route without the named set (its chip's ×). */
export function hashWithoutIds(params: URLSearchParams): string {
  const next = new URLSearchParams(params);
  next.delete('ids');
  next.delete('label');
  const text = next.toString();
  return text ? `#/register?${text}` : '#/register';
}
