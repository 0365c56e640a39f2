/**
 * Dragging a node bar sideways (only while editing is on): the bar, and with 后续节点顺延 every
 * later node of the project, follows the pointer by whole days; on release the board is told how
 * many days to move. Escape cancels.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BarItem } from './barItems';

interface Drag {
  bar: BarItem;
  startX: number;
  days: number;
}

interface Options {
  pxPerDay: number;
  shiftFollowing: boolean;
  onDrop: (bar: BarItem, days: number) => void;
}

export function useBarDrag({ pxPerDay, shiftFollowing, onDrop }: Options) {
  const [drag, setDrag] = useState<Drag | null>(null);

  const start = useCallback((bar: BarItem, clientX: number) => setDrag({ bar, startX: clientX, days: 0 }), []);

  useEffect(() => {
    if (!drag) return undefined;
    const move = (e: MouseEvent) => {
      const days = Math.round((e.clientX - drag.startX) / pxPerDay);
      setDrag((d) => (d && d.days !== days ? { ...d, days } : d));
    };
    const up = () => {
      setDrag(null);
      if (drag.days !== 0) onDrop(drag.bar, drag.days);
    };
    const key = (e: KeyboardEvent) => { if (e.key === 'Escape') setDrag(null); };
    window.addEventListener('mousemove', move);
    window.addEventListener('mouseup', up);
    window.addEventListener('keydown', key);
    return () => {
      window.removeEventListener('mousemove', move);
      window.removeEventListener('mouseup', up);
      window.removeEventListener('keydown', key);
    };
  }, [drag, pxPerDay, onDrop]);

  const shifts = useMemo(() => {
    if (!drag || drag.days === 0) return undefined;
    const map = new Map<number, number>([[drag.bar.node.id, drag.days]]);
    if (shiftFollowing) {
      // What the service moves with shiftFollowing: every node after this one in the schedule.
      for (const later of drag.bar.siblings) if (later.seq > drag.bar.node.seq) map.set(later.id, drag.days);
    }
    return map;
  }, [drag, shiftFollowing]);

  return { start, shifts, dragging: drag !== null };
}
