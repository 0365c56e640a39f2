/**
 * The register at work: toolbar, the route's slice as chips, the grid, selection actions
 * (批量设置, 归档 with 撤销) and the dialogs. Ctrl+F focuses the search, as in a spreadsheet.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import { Toast, type ToastMessage } from '../common/Toast';
import type { AmountDisplay } from '../../../shared/domain/money';
import { useMoney } from '../common/money';
import type { CodeLists, LightColor, ProjectRow } from '../../../shared/domain/types';
import { projectHref } from '../app/useHashRoute';
import { AddProjectDialog } from './AddProjectDialog';
import { BulkSetDialog } from './BulkSetDialog';
import { BulkTemplateDialog } from '../project/BulkTemplateDialog';
import { ColumnsMenu } from './ColumnsMenu';
import { GroupPicker } from './GroupPicker';
import type { GroupDimension } from './grouping';
import { RegisterGrid } from './RegisterGrid';
import { RegisterToolbar } from './RegisterToolbar';
import { tallyRows, type RegisterTally } from './registerRow';
import { idSliceFromParams, inSlice, sliceFromParams } from './routeSlice';
import { SliceChips } from './SliceChips';
import { useSavedViews } from './useSavedViews';
import { PresetButtons, ViewsMenu } from './ViewsMenu';
import { CsvExportMenu } from '../reports/CsvExportMenu';
import { ReportExportMenu } from '../reports/ReportExportMenu';
import { shownProjectIds, shownRegisterTable } from './shownTable';
import { ToolbarOverflow } from './ToolbarOverflow';
import { RegisterPrint, RegisterPrintButton } from './RegisterPrint';
import './register-layout.css';
import { useUndoKeys } from '../common/useUndoKeys';
import { usePermissions } from '../team/permissions';

interface Props {
  projects: ProjectRow[];
  display: AmountDisplay;
  /** 1–N月完成 runs to this month of the year. */
  ytdMonth: number;
  lists: CodeLists;
  params: URLSearchParams;
  replace: (rows: ProjectRow[]) => void;
  /** A closed month's frozen rows: nothing is edited, added or archived. */
  readOnly?: boolean;
  /** The 当前 / closed-month picker (and banner), above the toolbar. */
  monthBar?: ReactNode;
  /** Only the first rows are in: no count, light tally or 合计 yet (they would be of those rows, not the register). */
  partial?: boolean;
  /** The grid drew its first rows. */
  onFirstRows?: () => void;
}

export function RegisterWorkbench({ projects, display, ytdMonth, lists, params, replace, readOnly: closedMonth = false, monthBar, partial = false, onFirstRows }: Props) {
  const { t, i18n } = useTranslation();
  // What the signed-in role may not do is not offered (团队版; everything on the single-PC register).
  const can = usePermissions();
  const readOnly = closedMonth || !can.may('projects.update');
  const en = i18n.resolvedLanguage === 'en';
  const money = useMoney(display);
  const [search, setSearch] = useState('');
  const [groupBy, setGroupBy] = useState<GroupDimension | null>(null);
  const [lights, setLights] = useState<LightColor[] | null>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [dialog, setDialog] = useState<'add' | 'bulk' | 'template' | null>(null);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  // The grid filters a moment after typing stops, so typing stays smooth on thousands of rows.
  const [gridSearch, setGridSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setGridSearch(search), search ? 120 : 0);
    return () => clearTimeout(timer);
  }, [search]);
  const views = useSavedViews({ groupBy, setGroupBy, lights, setLights });

  const paramsKey = params.toString();
  const slice = useMemo(() => sliceFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const idSlice = useMemo(() => idSliceFromParams(new URLSearchParams(paramsKey)), [paramsKey]);
  const shown = useMemo(() => projects.filter((p) => inSlice(p, slice) && (!idSlice || idSlice.ids.has(p.id))), [projects, slice, idSlice]);
  const [tally, setTally] = useState<RegisterTally>(() => tallyRows(shown));
  const onTally = useCallback((next: RegisterTally) => setTally(next), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') {
        e.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const say = useCallback((text: string, extra: Partial<ToastMessage> = {}) => setToast({ id: Date.now(), text, ...extra }), []);
  const closeToast = useCallback(() => setToast(null), []);
  const onSaved = useCallback((row: ProjectRow) => replace([row]), [replace]);
  const notify = useCallback((text: string, tone?: 'info' | 'error') => say(text, tone ? { tone } : {}), [say]);
  // Ctrl+Z / Ctrl+Y: the user's edits to any project, through the history.
  useUndoKeys({ enabled: !readOnly && can.may('edits.undo'), onDone: (result) => replace(result.rows), notify });

  /** Fresh rows of these projects from the service, put in place without reloading the register. */
  const refresh = async (ids: number[]) => {
    const changed = new Set(ids);
    replace((await api('projects.list', { includeArchived: true })).filter((r) => changed.has(r.id)));
  };

  const archive = async (ids: number[], archived: boolean) => {
    try {
      await api('projects.archiveMany', { ids, archived });
      await refresh(ids);
      views.grid?.deselectAll();
      if (archived) say(t('workbench:selection.archived', { count: ids.length }), { action: { label: t('workbench:selection.undo'), run: () => void archive(ids, false) } });
      else say(t('workbench:selection.restored', { count: ids.length }));
    } catch (err) {
      say(errorText(err, en), { tone: 'error' });
    }
  };

  const addButton = (
    <button type="button" className="button-primary small" onClick={() => setDialog('add')}>
      <span aria-hidden="true">＋</span> {t('workbench:add.button')}
    </button>
  );

  const tools = (
    <>
      <GroupPicker groupBy={groupBy} onGroupBy={setGroupBy} grid={views.grid} />
      <div className="toolbar-spacer" />
      <ToolbarOverflow>
        <ViewsMenu saved={views.saved} onPreset={views.applyPreset} onSaved={views.applySaved} onSaveAs={async (name) => { await views.saveAs(name); say(t('workbench:views.saved', { name })); }} onRemove={views.remove} />
        <ColumnsMenu grid={views.grid} />
        <CsvExportMenu title={t('register.title')} collect={() => shownRegisterTable(views.grid, display.unit)} />
        {!readOnly && <ReportExportMenu collectIds={() => shownProjectIds(views.grid)} count={tally.count} unit={display.unit} />}
        <RegisterPrintButton />
      </ToolbarOverflow>
    </>
  );

  return (
    <section className="register" aria-label={t('register.title')}>
      {monthBar}
      <RegisterToolbar
        search={search} onSearch={setSearch} searchRef={searchRef} tally={tally} total={projects.length} partial={partial}
        lights={lights} onLights={setLights} tools={tools} presets={<PresetButtons onPreset={views.applyPreset} />}
        addButton={readOnly || !can.may('projects.create') ? null : addButton} unitNote={t('workbench:unitNote', { unit: money.unit })}
      />
      <SliceChips slice={slice} idSlice={idSlice} params={new URLSearchParams(paramsKey)} />
      {selected.length > 0 && !readOnly && can.may('projects.bulkSet') && (
        <div className="selection-bar" role="region" aria-label={t('workbench:selection.count', { count: selected.length })}>
          <span className="selection-count">{t('workbench:selection.count', { count: selected.length })}</span>
          <button type="button" className="button-secondary small" onClick={() => setDialog('bulk')}>{t('workbench:selection.bulk')}</button>
          <button type="button" className="button-secondary small" onClick={() => setDialog('template')}>{t('bulkTemplate:selection')}</button>
          <button type="button" className="button-secondary small" onClick={() => void archive(selected, true)}>{t('workbench:selection.archive')}</button>
          <button type="button" className="link-button" onClick={() => views.grid?.deselectAll()}>{t('workbench:selection.clear')}</button>
        </div>
      )}
      <RegisterGrid
        projects={shown} money={money} ytdMonth={ytdMonth} lists={lists} quickFilter={gridSearch} groupBy={groupBy} lights={lights} partial={partial}
        readOnly={readOnly} rowEditable={can.account?.role === 'filler' ? can.mayChange : undefined} notify={notify} onSavedRows={replace} onTally={onTally} onSelection={setSelected} onSaved={onSaved} onReady={views.onReady} onLayout={views.remember}
        onFirstRows={onFirstRows}
      />
      {dialog === 'add' && (
        <AddProjectDialog
          lists={lists}
          unit={display.unit}
          onClose={() => setDialog(null)}
          onAdded={(project) => { setDialog(null); say(t('workbench:add.added', { name: project.name })); window.location.hash = projectHref(project.id); }}
        />
      )}
      {dialog === 'bulk' && (
        <BulkSetDialog
          ids={selected} lists={lists} onClose={() => setDialog(null)}
          onDone={(count) => { setDialog(null); say(t('workbench:bulk.done', { count })); void refresh(selected); }}
        />
      )}
      {dialog === 'template' && (
        <BulkTemplateDialog target={{ projectIds: selected }} count={selected.length} onChanged={() => void refresh(selected)} onClose={() => setDialog(null)} />
      )}
      <Toast toast={toast} onClose={closeToast} />
      <RegisterPrint grid={views.grid} money={money} total={projects.length} params={params} />
    </section>
  );
}
