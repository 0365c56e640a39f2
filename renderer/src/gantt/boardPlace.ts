/** Where the Gantt was left (scale and scroll), kept for the window so coming back from a project finds it there. */

export interface BoardPlace {
  pxPerDay: number;
  scrollLeft: number;
  scrollTop: number;
}

const KEY = 'gantt.place';

export function readPlace(): BoardPlace | null {
  try {
    const v = JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Partial<BoardPlace> | null;
    if (!v || ![v.pxPerDay, v.scrollLeft, v.scrollTop].every((n) => typeof n === 'number' && Number.isFinite(n)) || !(v.pxPerDay! > 0)) return null;
    return v as BoardPlace;
  } catch {
    return null;
  }
}

export function savePlace(place: BoardPlace): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(place));
  } catch {
    // Storage refused: the next visit opens on today, as the first one did.
  }
}
