/**
 * The scrolling Gantt: a native scroll area as large as the whole chart, and a screen-sized stage
 * stuck to its top-left corner that draws only what is in view (header and project column as DOM,
 * the bars on a canvas). Scrolling paints the canvas and moves the project column straight from
 * the scroll handler: React renders again only when the column needs rows it has not rendered
 * (every few dozen rows) or the header moves sideways, never once per scrolled frame.
 */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type UIEvent } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AmountDisplay } from '../../../shared/domain/money';
import { useMoney } from '../common/money';
import type { BarItem, BarMode } from './barItems';
import { GanttCanvas, type GanttCanvasHandle } from './GanttCanvas';
import { GanttHeader } from './GanttHeader';
import { GanttRowList, type RowWindow } from './GanttRowList';
import { dayX, HEADER_H, LEFT_W, ROW_H, scrollLeftFor, visibleRows, type TimeView, type Viewport } from './geometry';
import type { GanttRow, NodeLookup } from './ganttRows';
import { buildScene } from './scene';
import { readPlace, savePlace } from './boardPlace';
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
  /** Calls the listener whenever nodes arrive; returns how to stop. */
  onNodesArrive: (listener: () => void) => () => void;
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

/** Rows the project column renders beyond the screen on each side: it re-renders when the screen leaves them. */
const ROW_MARGIN = 40;

function rowWindowFor(first: number, last: number, count: number): RowWindow {
  return { first: Math.max(0, first - ROW_MARGIN), last: Math.min(count, last + ROW_MARGIN) };
}

export const GanttBoard = forwardRef<GanttBoardHandle, Props>(function GanttBoard(props, ref) {
  const { rows, nodesOf, onNodesArrive, onRowsInView, range, today, mode, display, editing, shiftFollowing, onOpen, onToggle, onReschedule, onScale } = props;
  const { t } = useTranslation('gantt');
  const money = useMoney(display);
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<GanttCanvasHandle>(null);
  const column = useRef<HTMLDivElement>(null);
  // The screen's size (state: the stage is laid out by it) and the exact scroll position (a ref:
  // it changes every frame and is drawn without React).
  const [size, setSize] = useState({ width: 800, height: 400 });
  const position = useRef({ scrollLeft: 0, scrollTop: 0 });
  const [headerLeft, setHeaderLeft] = useState(0);
  const [rowWindow, setRowWindow] = useState<RowWindow>({ first: 0, last: 0 });
  // Back from a project page: the same scale and place; else 月, on today.
  const [startPlace] = useState(readPlace);
  const [pxPerDay, setPxPerDay] = useState(startPlace?.pxPerDay ?? PX_PER_DAY.month);
  // Where the next layout puts the horizontal scroll (after a zoom, keeping a day in place).
  const pendingLeft = useRef<number | null>(null);
  const time: TimeView = useMemo(() => ({ start: range.start, end: range.end, pxPerDay }), [range.start, range.end, pxPerDay]);
  const drag = useBarDrag({ pxPerDay, shiftFollowing, onDrop: onReschedule });

  // Everything a paint reads, as of the last render.
  const latest = useRef({ rows, nodesOf, time, mode, today, shifts: drag.shifts, editing, size, rowWindow, onRowsInView });
  latest.current = { rows, nodesOf, time, mode, today, shifts: drag.shifts, editing, size, rowWindow, onRowsInView };
  const asked = useRef({ first: -1, last: -1 });
  const viewportNow = (): Viewport => ({ ...position.current, ...latest.current.size });

  /** Paints the window at the current scroll position; asks for more rows of the column or nodes only when needed. */
  const paint = useCallback((forceAsk = false) => {
    const { rows, nodesOf, time, mode, today, shifts, editing, size, rowWindow, onRowsInView } = latest.current;
    const viewport: Viewport = { ...position.current, ...size };
    canvas.current?.draw(buildScene({ rows, nodesOf, viewport, time, mode, today, ...(shifts ? { shifts } : {}), editing }));
    if (column.current) column.current.style.transform = `translateY(${-viewport.scrollTop}px)`;
    const { first, last } = visibleRows(viewport, rows.length);
    if (first < rowWindow.first || last > rowWindow.last) setRowWindow(rowWindowFor(first, last, rows.length));
    if (forceAsk || first !== asked.current.first || last !== asked.current.last) {
      asked.current = { first, last };
      onRowsInView(first, last);
    }
  }, []);

  /** Reads the scroll position from the element, then paints. */
  const sync = useCallback(() => {
    const el = scroller.current;
    if (!el) return;
    position.current = { scrollLeft: el.scrollLeft, scrollTop: el.scrollTop };
    setHeaderLeft(el.scrollLeft);
    paint();
  }, [paint]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return undefined;
    const measure = () => {
      setSize((s) => {
        const width = Math.max(0, el.clientWidth - LEFT_W);
        const height = Math.max(0, el.clientHeight - HEADER_H);
        return s.width === width && s.height === height ? s : { width, height };
      });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Opens on today, a third from the left: what is late sits left of the line, what is next right of it.
  const placed = useRef(false);
  useLayoutEffect(() => {
    // Checked first: reading the element's width after a render forces a layout, every render.
    if (placed.current) return;
    const el = scroller.current;
    // Read from the element: the size state may still hold its first guess in this commit.
    const width = el ? el.clientWidth - LEFT_W : 0;
    if (!el || width <= 0) return;
    placed.current = true;
    if (startPlace) {
      el.scrollLeft = startPlace.scrollLeft;
      el.scrollTop = startPlace.scrollTop;
    } else {
      el.scrollLeft = scrollLeftFor(today, 1 / 3, time, width);
    }
    sync();
  });

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || pendingLeft.current === null) return;
    el.scrollLeft = pendingLeft.current;
    pendingLeft.current = null;
    sync();
  }, [pxPerDay, sync]);

  // Anything drawn changed (rows, nodes' lookup, scale, mode, a drag, the size): paint again.
  useLayoutEffect(() => paint(), [paint, rows, nodesOf, time, mode, today, drag.shifts, editing, size]);
  // Nodes arrived: paint them, and ask again for any row of the screen still missing.
  useEffect(() => onNodesArrive(() => paint(true)), [onNodesArrive, paint]);
  // A new filter asks for the new rows' nodes at once.
  useEffect(() => paint(true), [rows, paint]);

  useEffect(() => onScale(pxPerDay), [pxPerDay, onScale]);

  // Kept when the board goes (a project opened from a row), read when it comes back.
  useEffect(() => () => { if (placed.current) savePlace({ pxPerDay: latest.current.time.pxPerDay, ...position.current }); }, []);

  const setScale = (next: number, anchorDay: number, fraction: number) => {
    pendingLeft.current = scrollLeftFor(anchorDay, fraction, { ...time, pxPerDay: next }, size.width);
    setPxPerDay(next);
  };

  // The handle is made once and reads the latest state through a ref: remade on every scroll, it showed in the profile.
  const handleState = useRef({ setScale, time, today });
  handleState.current = { setScale, time, today };
  useImperativeHandle(ref, () => ({
    zoomTo: (zoom) => {
      const { setScale, time, today } = handleState.current;
      const viewport = viewportNow();
      // Today stays where it is on screen when it is in view (what a wall chart is read against);
      // otherwise the middle of the screen stays put.
      const todayFraction = (dayX(today, time) - viewport.scrollLeft) / viewport.width;
      if (todayFraction >= 0 && todayFraction <= 1) setScale(PX_PER_DAY[zoom], today, todayFraction);
      else setScale(PX_PER_DAY[zoom], time.start + (viewport.scrollLeft + viewport.width / 2) / time.pxPerDay, 0.5);
    },
    fit: (from, to) => {
      const { setScale } = handleState.current;
      const days = Math.max(30, to - from);
      // A little room on both sides, so the first and last bars do not touch the edges.
      const next = (viewportNow().width - 24) / (days * 1.04);
      setScale(next, from - days * 0.02, 0);
    },
    scrollToToday: () => {
      const { time, today } = handleState.current;
      const el = scroller.current;
      if (el) el.scrollLeft = scrollLeftFor(today, 1 / 3, time, viewportNow().width);
    },
    timeWindow: () => {
      const { time } = handleState.current;
      const viewport = viewportNow();
      return { time, scrollLeft: viewport.scrollLeft, width: viewport.width };
    },
  }), []);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const el = event.currentTarget;
    const before = position.current;
    if (before.scrollLeft === el.scrollLeft && before.scrollTop === el.scrollTop) return;
    position.current = { scrollLeft: el.scrollLeft, scrollTop: el.scrollTop };
    // Sideways, the header's periods move: rendered before this frame is painted, as the canvas is.
    if (before.scrollLeft !== el.scrollLeft) flushSync(() => setHeaderLeft(el.scrollLeft));
    paint();
  };

  // Opening a project keeps the place as the element has it now: a scroll whose event has not been
  // handled yet (a busy machine) would otherwise be lost on the way back.
  const openProject = (projectId: number) => {
    const el = scroller.current;
    if (el) position.current = { scrollLeft: el.scrollLeft, scrollTop: el.scrollTop };
    onOpen(projectId);
  };

  const fullWidth = (time.end - time.start) * pxPerDay;
  return (
    <div ref={scroller} className={editing ? 'gantt-board editing' : 'gantt-board'} onScroll={onScroll} tabIndex={0} aria-label={t('title')}>
      <div className="gantt-space" style={{ width: LEFT_W + fullWidth, height: HEADER_H + rows.length * ROW_H }}>
        <div className="gantt-stage" style={{ width: LEFT_W + size.width, height: HEADER_H + size.height }}>
          <div className="gantt-corner" style={{ width: LEFT_W, height: HEADER_H }}>
            <span>{t('column.project')}</span>
            <span>{t('column.total', { unit: money.unit })}</span>
          </div>
          <div className="gantt-header-slot" style={{ left: LEFT_W }}>
            <GanttHeader time={time} scrollLeft={headerLeft} width={size.width} today={today} />
          </div>
          <div className="gantt-rows-slot" style={{ top: HEADER_H, width: LEFT_W }}>
            <GanttRowList rows={rows} window={rowWindow} height={size.height} money={money} onOpen={openProject} onToggle={onToggle} innerRef={column} />
          </div>
          <div className="gantt-canvas-slot" style={{ top: HEADER_H, left: LEFT_W }}>
            <GanttCanvas
              ref={canvas}
              tooltip={(bar) => tooltipHtml(bar, t, editing)}
              edgeTip={(edge) => edgeTipHtml(edge, t)}
              onEdge={(edge) => {
                const el = scroller.current;
                if (el) el.scrollLeft = scrollLeftFor(edge.day, edge.side === 'right' ? 1 / 3 : 2 / 3, time, size.width);
              }}
              onOpen={(bar) => openProject(bar.project.id)}
              onPress={drag.start}
            />
          </div>
        </div>
      </div>
    </div>
  );
});
