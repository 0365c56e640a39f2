/** A 填报 user's register: cells open for editing only on their own projects; the others read as in a closed month. */
import type { ColDef, EditableCallbackParams } from 'ag-grid-community';
import type { ProjectRow } from '../../../shared/domain/types';
import type { GridRow } from '../register/registerRow';

export function editableRowsOnly(columns: Array<ColDef<GridRow>>, rowEditable: (project: ProjectRow) => boolean): Array<ColDef<GridRow>> {
  return columns.map((column) => {
    const editable = column.editable;
    if (!editable) return column;
    return {
      ...column,
      editable: (p: EditableCallbackParams<GridRow>) =>
        p.data?.kind === 'project' && rowEditable(p.data.p) && (typeof editable === 'function' ? editable(p) : editable),
    };
  });
}
