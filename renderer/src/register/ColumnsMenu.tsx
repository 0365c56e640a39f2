/** 列设置: every column with a checkbox; the chosen ones show, the rest are a click away. */
import type { Column, GridApi } from 'ag-grid-community';
import { useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import { Popover } from '../common/Popover';
import type { GridRow } from './registerRow';

const FIXED = new Set(['open', 'code', 'name', 'ag-Grid-SelectionColumn']);

export function ColumnsMenu({ grid }: { grid: GridApi<GridRow> | null }) {
  const { t } = useTranslation('workbench');
  // The grid owns visibility; re-read it after each change.
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  return (
    <Popover label={t('columns.button')} align="right">
      {() => {
        const columns = (grid?.getColumns() ?? []).filter((c: Column) => !FIXED.has(c.getColId()) && c.getColDef().headerName);
        return (
          <div className="menu menu-columns">
            <div className="menu-heading">{t('columns.title')}</div>
            <div className="column-list">
              {columns.map((c) => (
                <label key={c.getColId()} className="column-option">
                  <input type="checkbox" checked={c.isVisible()} onChange={(e) => { grid?.setColumnsVisible([c], e.target.checked); refresh(); }} />
                  {c.getColDef().headerName}
                </label>
              ))}
            </div>
            <button type="button" className="link-button" onClick={() => { grid?.resetColumnState(); refresh(); }}>{t('columns.reset')}</button>
          </div>
        );
      }}
    </Popover>
  );
}
