/**
 * A slice of the register: the values a rollup cell stands for. The same slice filters the rollup,
 * travels in the link to the register (`#/register?chain=…&year=2023&size=≥100亿`) and is what the
 * property test checks sums against.
 */

import { SIZE_BANDS, sizeBand, type RollupDimension, type RollupProject } from './rollup';

export interface RollupSlice {
  chain?: string | undefined;
  area?: string | undefined;
  stage?: string | undefined;
  level?: string | undefined;
  /** Signing year, "2023"; "未签约" for projects without a signing date. */
  year?: string | undefined;
  /** A SIZE_BANDS label. */
  size?: string | undefined;
  /** Signing date, YYYY-MM-DD (a signing batch); "未签约" for none. */
  date?: string | undefined;
}

export const SLICE_KEYS = ['chain', 'area', 'stage', 'level', 'year', 'size', 'date'] as const satisfies ReadonlyArray<keyof RollupSlice>;

export const UNSIGNED = '未签约';

export function isSizeBand(label: string): boolean {
  return SIZE_BANDS.some((band) => band.label === label);
}

/** The row key of an empty field, as rollups show it and the register link carries it. */
export const UNFILLED = '未填';

function fieldMatches(value: string, wanted: string | undefined): boolean {
  return wanted === undefined || value === (wanted === UNFILLED ? '' : wanted);
}

export function inSlice(project: RollupProject, slice: RollupSlice): boolean {
  if (!fieldMatches(project.chain, slice.chain) || !fieldMatches(project.area, slice.area)) return false;
  if (!fieldMatches(project.stage, slice.stage) || !fieldMatches(project.level, slice.level)) return false;
  if (slice.year !== undefined) {
    const year = project.signedOn ? project.signedOn.slice(0, 4) : UNSIGNED;
    if (year !== slice.year) return false;
  }
  if (slice.size !== undefined && sizeBand(project.totalInvestment) !== slice.size) return false;
  if (slice.date !== undefined && (project.signedOn ?? UNSIGNED) !== slice.date) return false;
  return true;
}

/** The slice value of a rollup row key: "2023年" → "2023"; other keys ("未填" too) as they are. */
export function sliceValue(by: RollupDimension, key: string): string {
  if (by === 'year') return key === UNSIGNED ? UNSIGNED : key.replace(/年$/, '');
  return key;
}

/** A rollup cell's slice: the view's filters narrowed by the cell's row (and column) key. */
export function cellSlice(base: RollupSlice, ...keys: Array<[RollupDimension, string]>): RollupSlice {
  const slice: RollupSlice = { ...base };
  for (const [by, key] of keys) slice[by] = sliceValue(by, key);
  return slice;
}

/** The register route for a slice, in the order the register reads it. */
export function registerHref(slice: RollupSlice): string {
  const params = new URLSearchParams();
  for (const key of SLICE_KEYS) {
    const value = slice[key];
    if (value !== undefined) params.set(key, value);
  }
  const query = params.toString();
  return query ? `#/register?${query}` : '#/register';
}

/** Keeps only the slice fields that are set, e.g. to send as an API input. */
export function compactSlice(slice: RollupSlice): RollupSlice {
  const out: RollupSlice = {};
  for (const key of SLICE_KEYS) if (slice[key] !== undefined) out[key] = slice[key];
  return out;
}
