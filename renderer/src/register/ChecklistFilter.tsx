/**
 * Excel's checklist filter on AG Grid Community: a search box, 全选, each value with how many
 * projects have it under the other filters, (空白) for blanks, 确定 and 清除筛选. Used on the coded
 * columns (产业链, 区域, 级别, 类型, 资金来源, 责任单位), 阶段 and 灯. Group heading rows always pass:
 * the grouped register places them itself (grouping.ts).
 */
import type { IAfterGuiAttachedParams, IDoesFilterPassParams } from 'ag-grid-community';
import { useGridFilter, type CustomFilterProps } from 'ag-grid-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistEntries, checklistKey, checklistModel, checklistTest, isChecklistModel, type ChecklistEntry, type ColumnFilterModel } from './checklistModel';
import type { GridRow } from './registerRow';
import './layoutStrings';

export interface ChecklistParams {
  /** Values in this order first (the code list's order, the stages in their sequence). */
  order?: readonly string[];
  /** The words a value is shown as (a light's colour as 红灯 逾期); the value itself when left out. */
  label?: (value: string, en: boolean) => string;
  /** Values that are light colours: each shown with its coloured dot. */
  lights?: boolean;
}

type Props = CustomFilterProps<GridRow, unknown, ColumnFilterModel> & ChecklistParams;

export function ChecklistFilter(props: Props) {
  const { model, onModelChange, getValue, api, order, label, lights } = props;
  const { t, i18n } = useTranslation('registerLayout');
  const en = i18n.resolvedLanguage === 'en';
  const passes = useMemo(() => checklistTest(model), [model]);
  const [entries, setEntries] = useState<ChecklistEntry[]>([]);
  const [draft, setDraft] = useState<Set<string>>(new Set());
  const [search, setSearch] = useState('');
  const hide = useRef<(() => void) | undefined>(undefined);
  const searchBox = useRef<HTMLInputElement>(null);

  // The model is read from the grid, not from this render's props: a model set by the API (a saved
  // view, 省重大) is filtered on before React renders the filter with it.
  const test = useRef<{ model: ColumnFilterModel | null; passes: (key: string) => boolean } | null>(null);
  const { column } = props;
  const doesFilterPass = useCallback(({ node }: IDoesFilterPassParams<GridRow>) => {
    if (node.data?.kind !== 'project') return true;
    const current = api.getColumnFilterModel<ColumnFilterModel>(column);
    if (test.current?.model !== current) test.current = { model: current, passes: checklistTest(current) };
    return test.current.passes(checklistKey(getValue(node)));
  }, [api, column, getValue]);

  // Read the values afresh each time the list opens: the data and the other filters change.
  const afterGuiAttached = useCallback((params?: IAfterGuiAttachedParams) => {
    hide.current = params?.hidePopup;
    const counts = new Map<string, number>();
    const kept = new Set<string>();
    api.forEachNode((node) => {
      if (node.data?.kind !== 'project') return;
      const key = checklistKey(getValue(node));
      if (props.doesRowPassOtherFilter(node)) counts.set(key, (counts.get(key) ?? 0) + 1);
      if (model && passes(key)) kept.add(key);
    });
    if (isChecklistModel(model)) model.values.forEach((v) => kept.add(v));
    const list = checklistEntries(counts, kept, order);
    setEntries(list);
    setDraft(model ? kept : new Set(list.map((e) => e.key)));
    setSearch('');
    setTimeout(() => searchBox.current?.focus(), 0);
  }, [api, getValue, model, passes, order, props]);

  useGridFilter({ doesFilterPass, afterGuiAttached });

  const text = (key: string) => (key === '' ? t('filter.blank') : label ? label(key, en) : key);
  const needle = search.trim().toLowerCase();
  const shown = needle ? entries.filter((e) => text(e.key).toLowerCase().includes(needle)) : entries;
  const allShown = shown.length > 0 && shown.every((e) => draft.has(e.key));
  const someShown = shown.some((e) => draft.has(e.key));

  const toggle = (key: string, on: boolean) => setDraft((old) => {
    const next = new Set(old);
    if (on) next.add(key); else next.delete(key);
    return next;
  });
  const toggleShown = (on: boolean) => setDraft((old) => {
    // With a search, 全选 acts on the values found, as in Excel.
    const next = new Set(needle ? old : []);
    for (const e of shown) if (on) next.add(e.key); else next.delete(e.key);
    return next;
  });
  // A search narrows the choice to what it found; every value kept is no filter at all.
  const kept = (needle ? shown : entries).filter((e) => draft.has(e.key)).map((e) => e.key);
  const apply = () => {
    if (kept.length === 0) return;
    const everything = !needle && kept.length === entries.length;
    onModelChange(everything ? null : checklistModel(kept));
    hide.current?.();
  };
  const clear = () => {
    onModelChange(null);
    hide.current?.();
  };

  return (
    <div className="checklist-filter" role="group" aria-label={props.colDef.headerName}>
      <input
        ref={searchBox} type="search" className="checklist-search" value={search} placeholder={t('filter.search')} aria-label={t('filter.searchLabel')}
        onChange={(e) => setSearch(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); apply(); } }}
      />
      <label className="checklist-item checklist-all">
        <input
          type="checkbox" checked={allShown} ref={(el) => { if (el) el.indeterminate = someShown && !allShown; }}
          onChange={(e) => toggleShown(e.target.checked)}
        />
        <span className="checklist-label">{t('filter.all')}</span>
      </label>
      <div className="checklist-list">
        {shown.length === 0 && <div className="checklist-none">{t('filter.none')}</div>}
        {shown.map((e) => (
          <label key={e.key} className={e.count ? 'checklist-item' : 'checklist-item checklist-absent'} title={t('filter.countTitle', { count: e.count })}>
            <input type="checkbox" checked={draft.has(e.key)} onChange={(ev) => toggle(e.key, ev.target.checked)} />
            {lights && e.key && <span className={`light-${e.key}`}><span className="light-dot" aria-hidden="true" /></span>}
            <span className="checklist-label">{text(e.key)}</span>
            <span className="checklist-count">{e.count}</span>
          </label>
        ))}
      </div>
      <div className="checklist-actions">
        <button type="button" className="link-button" onClick={clear}>{t('filter.clear')}</button>
        <button type="button" className="button-primary small" onClick={apply} disabled={kept.length === 0}>{t('filter.ok')}</button>
      </div>
    </div>
  );
}
