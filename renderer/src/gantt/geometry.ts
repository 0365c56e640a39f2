/** Where things sit on the Gantt: fixed row and header sizes, and the window of rows and days on screen. */

export const ROW_H = 30;
export const HEADER_H = 52;
export const LEFT_W = 340;

export interface Viewport {
  /** Scroll offsets of the chart body, in px. */
  scrollLeft: number;
  scrollTop: number;
  /** The body's visible size (without the header and the project column), in px. */
  width: number;
  height: number;
}

export interface TimeView {
  /** Day number at the chart's left edge (scrollLeft 0). */
  start: number;
  end: number;
  pxPerDay: number;
}

/** The rows at least partly on screen: [first, last). */
export function visibleRows(viewport: Viewport, rowCount: number): { first: number; last: number } {
  const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_H));
  const last = Math.min(rowCount, Math.ceil((viewport.scrollTop + viewport.height) / ROW_H) + 1);
  return { first, last };
}

/** The days on screen: [from, to). */
export function visibleDays(viewport: Viewport, time: TimeView): { from: number; to: number } {
  const from = time.start + Math.floor(viewport.scrollLeft / time.pxPerDay);
  return { from, to: from + Math.ceil(viewport.width / time.pxPerDay) + 2 };
}

/** A day's x in the body (px from its left edge, before horizontal scroll). */
export function dayX(day: number, time: TimeView): number {
  return (day - time.start) * time.pxPerDay;
}

/** The scrollLeft that puts `day` at `fraction` of the visible width. */
export function scrollLeftFor(day: number, fraction: number, time: TimeView, width: number): number {
  const full = (time.end - time.start) * time.pxPerDay;
  return Math.max(0, Math.min(full - width, dayX(day, time) - width * fraction));
}
