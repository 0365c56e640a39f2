/**
 * 进度甘特: the 挂图作战 wall chart. Every project a row (grouped like the register), every node a
 * bar in its light's colour, today's line; filters, zoom, 计划/实际, drag to reschedule when editing
 * is on, 导出图片 and 打印挂图 (the 挂图作战图 report of the projects shown).
 */
import { usePermissions } from '../team/permissions';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import { moneyFor } from '../common/money';
import { Toast, type ToastMessage } from '../common/Toast';
import { projectHref, useRoute } from '../app/useHashRoute';
import { addDays, fromDayNumber, toDayNumber } from '../../../shared/domain/dates';
import type { BarItem } from './barItems';
import { imagePages, renderGanttPng, ROWS_PER_IMAGE } from './exportPng';
import { pngTitle } from './pngTitle';
import { GanttBoard, type GanttBoardHandle } from './GanttBoard';
import { GanttLegend } from './GanttLegend';
import { GanttToolbar } from './GanttToolbar';
import { buildGanttRows } from './ganttRows';
import { printWallChart } from './printWallChart';
import { chartRange, PX_PER_DAY, ZOOMS, type Zoom } from './timeScale';
import { useGanttData } from './useGanttData';
import { useGanttPrefs } from './useGanttPrefs';
import { firstScreenPlan, firstScreenRows } from './firstScreen';
import './firstScreenStrings';
import './strings';
import './exportStrings';
import './gantt.css';

/** Rows around the screen whose nodes are asked ahead, and the block size the asks are rounded to. */
const NODE_MARGIN_ROWS = 60;
const NODE_BLOCK_ROWS = 100;

export function GanttView() {
  const { t, i18n } = useTranslation('gantt');
  const en = i18n.resolvedLanguage === 'en';
  const route = useRoute();
  const [prefs, setPrefs] = useGanttPrefs(route.params);
  const { search, filter, light, groupBy, mode } = prefs;
  const collapsed = useMemo(() => new Set(prefs.collapsed), [prefs.collapsed]);
  const [query, setQuery] = useState(search.trim());
  const [zoom, setZoom] = useState<Zoom | null>('month');
  const [editing, setEditing] = useState(false);
  const mayReschedule = usePermissions().may('nodes.update');
  const [shiftFollowing, setShiftFollowing] = useState(true);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const board = useRef<GanttBoardHandle>(null);

  // The search goes to the service; a short pause keeps typing smooth on a large register.
  useEffect(() => {
    const timer = setTimeout(() => setQuery(search.trim()), 250);
    return () => clearTimeout(timer);
  }, [search]);

  const serviceFilter = useMemo(() => ({ ...filter, ...(query ? { query } : {}) }), [filter, query]);
  const { data, reload, nodes } = useGanttData(serviceFilter, firstScreenPlan(groupBy, light !== null));
  const partial = data.status === 'ok' ? data.partial : null;

  const rows = useMemo(() => {
    if (data.status !== 'ok') return [];
    return data.partial ? firstScreenRows(data.partial, collapsed) : buildGanttRows(data.projects, { lights: light ? [light] : null }, groupBy, collapsed);
  }, [data, light, groupBy, collapsed]);
  const shown = useMemo(() => rows.flatMap((r) => (r.kind === 'project' ? [r.p] : [])), [rows]);
  const range = useMemo(() => {
    if (data.status !== 'ok') return { start: 0, end: 1 };
    return chartRange(data.span ? [data.span.from, data.span.to] : [], data.today);
  }, [data]);

  // The nodes of the rows in view and a margin, asked in blocks of rows so that scrolling asks
  // every few screens; the board asks again when some arrive, so rows still missing are asked again.
  const onRowsInView = useCallback((first: number, last: number) => {
    const from = Math.max(0, Math.floor((first - NODE_MARGIN_ROWS) / NODE_BLOCK_ROWS) * NODE_BLOCK_ROWS);
    const to = Math.min(rows.length, Math.ceil((last + NODE_MARGIN_ROWS) / NODE_BLOCK_ROWS) * NODE_BLOCK_ROWS);
    const ids: number[] = [];
    for (let i = from; i < to; i++) {
      const row = rows[i];
      if (row?.kind === 'project') ids.push(row.p.id);
    }
    nodes.want(ids);
  }, [rows, nodes]);

  const toggleGroup = useCallback((key: string) => {
    setPrefs({ collapsed: collapsed.has(key) ? prefs.collapsed.filter((k) => k !== key) : [...prefs.collapsed, key] });
  }, [collapsed, prefs.collapsed, setPrefs]);

  const onScale = useCallback((px: number) => setZoom(ZOOMS.find((z) => PX_PER_DAY[z] === px) ?? null), []);
  const open = useCallback((id: number) => { window.location.hash = projectHref(id, 'gantt'); }, []);

  const fit = () => {
    if (partial) return;
    // The span of the rows shown, asked of the service: their nodes are not all held here.
    api('nodes.extent', { projectIds: shown.map((p) => p.id) }).then(
      ({ from, to }) => { if (from && to) board.current?.fit(toDayNumber(from), toDayNumber(to) + 1); },
      (err: unknown) => setToast({ id: Date.now(), tone: 'error', text: t('loadFailed', { message: errorText(err, en) }) }),
    );
  };

  const move = useCallback(async (node: BarItem['node'], days: number, following: boolean, version?: number) => {
    const changes = {
      plannedStart: node.plannedStart ? addDays(node.plannedStart, days) : null,
      plannedEnd: node.plannedEnd ? addDays(node.plannedEnd, days) : null,
    };
    await api('nodes.update', { id: node.id, changes, shiftFollowing: following, ...(version === undefined ? {} : { version }) });
  }, []);

  const reschedule = useCallback((bar: BarItem, days: number) => {
    const following = shiftFollowing;
    move(bar.node, days, following, bar.project.version).then(
      () => setToast({
        id: Date.now(),
        text: t('moved', { node: bar.node.name, direction: t(days > 0 ? 'movedLater' : 'movedEarlier'), days: Math.abs(days), following: following ? t('movedFollowing') : '' }),
        action: {
          label: t('undo'),
          run: () => {
            const moved = { ...bar.node, plannedStart: bar.node.plannedStart ? addDays(bar.node.plannedStart, days) : null, plannedEnd: bar.node.plannedEnd ? addDays(bar.node.plannedEnd, days) : null };
            move(moved, -days, following).catch((err: unknown) => setToast({ id: Date.now(), tone: 'error', text: t('moveFailed', { message: errorText(err, en) }) }));
          },
        },
      }),
      (err: unknown) => setToast({ id: Date.now(), tone: 'error', text: t('moveFailed', { message: errorText(err, en) }) }),
    );
  }, [move, shiftFollowing, t, en]);

  if (data.status === 'loading') return <div className="view-state" role="status">{t('loading')}</div>;
  if (data.status === 'error') {
    return (
      <div className="view-state view-error" role="alert">
        {t('loadFailed', { message: en ? data.messageEn : data.message })}
        <button type="button" className="button-secondary" onClick={reload}>{t('retry')}</button>
      </div>
    );
  }

  const filtered = Boolean(query || filter.chain || filter.area || filter.level || filter.stage || light);
  const clear = () => { setPrefs({ search: '', filter: {}, light: null }); setQuery(''); };
  const exportPng = () => {
    const window_ = board.current?.timeWindow();
    // Not from the first screen: the export is of every project shown.
    if (!window_ || partial) return;
    const pages = imagePages(rows);
    if (pages.length > 1 && !window.confirm(t('png.manyPages', { count: shown.length, pages: pages.length, rows: ROWS_PER_IMAGE }))) return;
    const date = fromDayNumber(data.today);
    const lang = en ? 'en' : 'zh';
    setToast({ id: Date.now(), text: t('png.exporting') });
    (async () => {
      // Every node of the rows exported, asked of the service: the board holds only those near the screen.
      const held = await nodes.load(shown.map((p) => p.id));
      const nodesOf = (id: number) => held.get(id) ?? [];
      for (const [i, pageRows] of pages.entries()) {
        const page = { index: i + 1, of: pages.length };
        const title = pngTitle({ filter, search: query, light, count: shown.length, page }, t);
        const blob = await renderGanttPng({ rows: pageRows, nodesOf, ...window_, mode, today: data.today, money: moneyFor(data.display, en), title, t, lang });
        const link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = t('png.file', { date, page: pages.length > 1 ? t('png.filePage', { index: page.index }) : '' });
        link.click();
        setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      }
      setToast(null);
    })().catch((err: unknown) => setToast({ id: Date.now(), tone: 'error', text: t('png.failed', { message: errorText(err, en) }) }));
  };
  const print = () => {
    printWallChart({ projectIds: shown.map((p) => p.id), today: fromDayNumber(data.today), unit: data.display.unit, groupBy })
      .catch((err: unknown) => setToast({ id: Date.now(), tone: 'error', text: t('printFailed', { message: errorText(err, en) }) }));
  };

  return (
    <div className="gantt-view">
      <GanttToolbar
        search={search} onSearch={(text) => setPrefs({ search: text })} filter={filter} onFilter={(f) => setPrefs({ filter: f })}
        light={light} onLight={(l) => setPrefs({ light: l })} lists={data.lists}
        groupBy={groupBy} onGroupBy={(by) => setPrefs({ groupBy: by, collapsed: [] })} mode={mode} onMode={(m) => setPrefs({ mode: m })}
        zoom={zoom} onZoom={(z) => board.current?.zoomTo(z)} onFit={fit} onToday={() => board.current?.scrollToToday()}
        exports={(
          <>
            <button type="button" className="button-secondary small" onClick={exportPng} title={t('exportPngTitle')} disabled={partial !== null}>{t('exportPng')}</button>
            <button type="button" className="button-secondary small" onClick={print} title={t('printTitle')} disabled={shown.length === 0 || partial !== null}>{t('print')}</button>
          </>
        )}
        actions={mayReschedule && (
          <>
            <label className="gantt-switch" title={t('edit.title')}>
              <input type="checkbox" checked={editing} onChange={(e) => setEditing(e.target.checked)} />
              {t('edit.toggle')}
            </label>
            {editing && (
              <label className="gantt-switch">
                <input type="checkbox" checked={shiftFollowing} onChange={(e) => setShiftFollowing(e.target.checked)} />
                {t('edit.shift')}
              </label>
            )}
          </>
        )}
      />
      {shown.length === 0 ? (
        <div className="view-state gantt-empty">
          {t('empty')}
          {filtered && <button type="button" className="button-secondary" onClick={clear}>{t('clearFilters')}</button>}
        </div>
      ) : (
        <GanttBoard
          ref={board} rows={rows} nodesOf={nodes.nodesOf} onNodesArrive={nodes.onArrive} onRowsInView={onRowsInView} range={range} today={data.today} mode={mode} display={data.display}
          editing={editing} shiftFollowing={shiftFollowing} onOpen={open} onToggle={toggleGroup} onReschedule={reschedule} onScale={onScale}
        />
      )}
      <div className="gantt-footer">
        <GanttLegend mode={mode} />
        {/* Said here, not above the chart, so turning editing on never moves the bars under the pointer. */}
        {editing && <span className="gantt-editing-note" role="note">{t('edit.on')}</span>}
        {partial ? (
          <span className="gantt-count gantt-partial" role="status">{t('ganttFirstScreen:rest', { shown: shown.length })}</span>
        ) : (
          <span className="gantt-count" role="status">
            {t('count', { count: shown.length })}{shown.length !== data.total && t('ofTotal', { total: data.total })}
          </span>
        )}
      </div>
      <Toast toast={toast} onClose={() => setToast(null)} />
    </div>
  );
}
