/**
 * The scrolling Gantt: a native scroll area as large as the whole chart, and a screen-sized stage
 * stuck to its top-left corner that draws only what is in view (header and project column as DOM,
 * the bars on an ECharts canvas). Scrolling, zoom and dragging change the window, never the data.
 */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AmountDisplay } from '../../../shared/domain/money';
import { useMoney } from '../common/money';
import type { BarItem, BarMode } from './barItems';
import { GanttCanvas, type GanttCanvasHandle } from './GanttCanvas';
import { GanttHeader } from './GanttHeader';
import { GanttRowList } from './GanttRowList';
import { dayX, HEADER_H, LEFT_W, ROW_H, scrollLeftFor, visibleRows, type TimeView, type Viewport } from './geometry';
import type { GanttRow, NodeLookup } from './ganttRows';
import { buildScene } from './scene';
import { readPlace, savePlace, type BoardPlace } from './boardPlace';
import type { Scene } from './sceneOption';
import { PX_PER_DAY, type Zoom } from './timeScale';
import { edgeTipHtml, tooltipHtml } from './tooltipHtml';
import { useBarDrag } from './useBarDrag';

export interface GanttBoardHandle {
  zoomTo: (zoom: Zoom) => void;
  /** Fits the days [from, to) into the screen's width. */
  fit: (from: number, to: number) => void;
  scrollToToday: () => void;
  /** The time window on screen, for 导出图片: the image shows the same days, every row of the filter. */
  timeWindow: () => { time: TimeView; scrollLeft: number; width: number };
}

interface Props {
  rows: readonly GanttRow[];
  nodesOf: NodeLookup;
  /** The rows [first, last) are on screen: their nodes are wanted. */
  onRowsInView: (first: number, last: number) => void;
  range: { start: number; end: number };
  today: number;
  mode: BarMode;
  display: AmountDisplay;
  editing: boolean;
  shiftFollowing: boolean;
  onOpen: (projectId: number) => void;
  onToggle: (key: string) => void;
  onReschedule: (bar: BarItem, days: number) => void;
  onScale: (pxPerDay: number) => void;
}

const EMPTY_VIEWPORT: Viewport = { scrollLeft: 0, scrollTop: 0, width: 800, height: 400 };

export const GanttBoard = forwardRef<GanttBoardHandle, Props>(function GanttBoard(props, ref) {
  const { rows, nodesOf, onRowsInView, range, today, mode, display, editing, shiftFollowing, onOpen, onToggle, onReschedule, onScale } = props;
  const { t } = useTranslation('gantt');
  const money = useMoney(display);
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<GanttCanvasHandle>(null);
  const [viewport, setViewport] = useState<Viewport>(EMPTY_VIEWPORT);
  // Back from a project page: the same scale and place; else 月, on today.
  const [startPlace] = useState(readPlace);
  const [pxPerDay, setPxPerDay] = useState(startPlace?.pxPerDay ?? PX_PER_DAY.month);
  // Where the next layout puts the horizontal scroll (after a zoom, keeping a day in place).
  const pendingLeft = useRef<number | null>(null);
  const time: TimeView = useMemo(() => ({ start: range.start, end: range.end, pxPerDay }), [range.start, range.end, pxPerDay]);
  const drag = useBarDrag({ pxPerDay, shiftFollowing, onDrop: onReschedule });

  const readViewport = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    setViewport({ scrollLeft: el.scrollLeft, scrollTop: el.scrollTop, width: Math.max(0, el.clientWidth - LEFT_W), height: Math.max(0, el.clientHeight - HEADER_H) });
  }, []);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    readViewport();
    const observer = new ResizeObserver(readViewport);
    observer.observe(el);
    return () => observer.disconnect();
  }, [readViewport]);

  // Opens on today, a third from the left: what is late sits left of the line, what is next right of it.
  const placed = useRef(false);
  useLayoutEffect(() => {
    const el = scroller.current;
    // Read from the element: the viewport state may still hold its first guess in this commit.
    const width = el ? el.clientWidth - LEFT_W : 0;
    if (!el || placed.current || width <= 0) return;
    placed.current = true;
    if (startPlace) {
      el.scrollLeft = startPlace.scrollLeft;
      el.scrollTop = startPlace.scrollTop;
    } else {
      el.scrollLeft = scrollLeftFor(today, 1 / 3, time, width);
    }
    readViewport();
  }, [today, time, readViewport, startPlace]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || pendingLeft.current === null) return;
    el.scrollLeft = pendingLeft.current;
    pendingLeft.current = null;
    readViewport();
  }, [pxPerDay, readViewport]);

  useEffect(() => onScale(pxPerDay), [pxPerDay, onScale]);

  // Kept when the board goes (a project opened from a row), read when it comes back.
  const place = useRef<BoardPlace>({ pxPerDay, scrollLeft: 0, scrollTop: 0 });
  place.current = { pxPerDay, scrollLeft: viewport.scrollLeft, scrollTop: viewport.scrollTop };
  useEffect(() => () => { if (placed.current) savePlace(place.current); }, []);

  const setScale = useCallback((next: number, anchorDay: number, fraction: number) => {
    const nextTime = { ...time, pxPerDay: next };
    pendingLeft.current = scrollLeftFor(anchorDay, fraction, nextTime, viewport.width);
    setPxPerDay(next);
  }, [time, viewport.width]);

  const scene: Scene = useMemo(
    () => buildScene({ rows, nodesOf, viewport, time, mode, today, shifts: drag.shifts, editing }),
    [rows, nodesOf, viewport, time, mode, today, drag.shifts, editing],
  );

  // The rows in view, for the data hook to ask for their nodes.
  const { first, last } = visibleRows(viewport, rows.length);
  useEffect(() => onRowsInView(first, last), [first, last, onRowsInView]);

  // The handle is made once and reads the latest state through a ref: remade on every scroll, it showed in the profile.
  const latest = useRef({ setScale, viewport, time, today });
  latest.current = { setScale, viewport, time, today };
  useImperativeHandle(ref, () => ({
    zoomTo: (zoom) => {
      const { setScale, viewport, time, today } = latest.current;
      // Today stays where it is on screen when it is in view (what a wall chart is read against);
      // otherwise the middle of the screen stays put.
      const todayFraction = (dayX(today, time) - viewport.scrollLeft) / viewport.width;
      if (todayFraction >= 0 && todayFraction <= 1) setScale(PX_PER_DAY[zoom], today, todayFraction);
      else setScale(PX_PER_DAY[zoom], time.start + (viewport.scrollLeft + viewport.width / 2) / time.pxPerDay, 0.5);
    },
    fit: (from, to) => {
      const { setScale, viewport } = latest.current;
      const days = Math.max(30, to - from);
      // A little room on both sides, so the first and last bars do not touch the edges.
      const next = (viewport.width - 24) / (days * 1.04);
      setScale(next, from - days * 0.02, 0);
    },
    scrollToToday: () => {
      const { viewport, time, today } = latest.current;
      const el = scroller.current;
      if (el) el.scrollLeft = scrollLeftFor(today, 1 / 3, time, viewport.width);
    },
    timeWindow: () => {
      const { time, viewport } = latest.current;
      return { time, scrollLeft: viewport.scrollLeft, width: viewport.width };
    },
  }), []);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    // Drawn before the frame is painted, so the stage never shows a stale window.
    flushSync(() => setViewport((v) => (v.scrollLeft === el.scrollLeft && v.scrollTop === el.scrollTop ? v : { ...v, scrollLeft: el.scrollLeft, scrollTop: el.scrollTop })));
  };

  const fullWidth = (time.end - time.start) * pxPerDay;
  return (
    <div ref={scroller} className={editing ? 'gantt-board editing' : 'gantt-board'} onScroll={onScroll} tabIndex={0} aria-label={t('title')}>
      <div className="gantt-space" style={{ width: LEFT_W + fullWidth, height: HEADER_H + rows.length * ROW_H }}>
        <div className="gantt-stage" style={{ width: LEFT_W + viewport.width, height: HEADER_H + viewport.height }}>
          <div className="gantt-corner" style={{ width: LEFT_W, height: HEADER_H }}>
            <span>{t('column.project')}</span>
            <span>{t('column.total', { unit: money.unit })}</span>
          </div>
          <div className="gantt-header-slot" style={{ left: LEFT_W }}>
            <GanttHeader time={time} scrollLeft={viewport.scrollLeft} width={viewport.width} today={today} />
          </div>
          <div className="gantt-rows-slot" style={{ top: HEADER_H, width: LEFT_W }}>
            <GanttRowList rows={rows} scrollTop={viewport.scrollTop} height={viewport.height} money={money} onOpen={onOpen} onToggle={onToggle} />
          </div>
          <div className="gantt-canvas-slot" style={{ top: HEADER_H, left: LEFT_W }}>
            <GanttCanvas
              ref={canvas}
              scene={scene}
              tooltip={(bar) => tooltipHtml(bar, t, editing)}
              edgeTip={(edge) => edgeTipHtml(edge, t)}
              onEdge={(edge) => {
                const el = scroller.current;
                if (el) el.scrollLeft = scrollLeftFor(edge.day, edge.side === 'right' ? 1 / 3 : 2 / 3, time, viewport.width);
              }}
              onOpen={(bar) => onOpen(bar.project.id)}
              onPress={drag.start}
            />
          </div>
        </div>
      </div>
    </div>
  );
});
