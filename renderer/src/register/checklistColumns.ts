/** Which register columns filter by a checklist of their values, in what order, shown as what. */
import type { ColDef, ValueGetterParams } from 'ag-grid-community';
import { STAGES, type CodeListName, type CodeLists, type LightColor } from '../../../shared/domain/types';
import { stageText } from '../common/domainText';
import { ChecklistFilter, type ChecklistParams } from './ChecklistFilter';
import type { GridRow } from './registerRow';

const CODED: Partial<Record<string, CodeListName>> = { chain: 'chain', area: 'area', level: 'level', kind: 'kind', source: 'source' };

/** Worst first, as the 灯 column sorts. */
const LIGHTS: LightColor[] = ['red', 'yellow', 'amber', 'blue', 'grey', 'green'];
const LIGHT_WORDS: Record<LightColor, { zh: string; en: string }> = {
  red: { zh: '红灯（逾期、无进展）', en: 'Red (overdue, idle)' },
  yellow: { zh: '黄灯（预警）', en: 'Yellow (due soon)' },
  amber: { zh: '橙灯（完成滞后）', en: 'Amber (finished late)' },
  blue: { zh: '蓝灯（进行中）', en: 'Blue (in progress)' },
  grey: { zh: '灰灯（无节点、已终止）', en: 'Grey (no schedule, terminated)' },
  green: { zh: '绿灯（正常）', en: 'Green (on track)' },
};

function checklist(col: ColDef<GridRow>, params: ChecklistParams): ColDef<GridRow> {
  return { ...col, filter: ChecklistFilter, filterParams: params };
}

export function withChecklistFilters(columns: ColDef<GridRow>[], lists: CodeLists): ColDef<GridRow>[] {
  return columns.map((col) => {
    const id = col.colId ?? '';
    const list = CODED[id];
    if (list) return checklist(col, { order: lists[list] });
    if (id === 'ownerUnit') return checklist(col, {});
    if (id === 'stage') return checklist(col, { order: STAGES, label: (v, en) => stageText(v as (typeof STAGES)[number], en) });
    if (id === 'light') {
      // Filtered by colour (红灯, 黄灯…), not by the label, so a saved view works in either language.
      return {
        ...checklist(col, { order: LIGHTS, lights: true, label: (v, en) => LIGHT_WORDS[v as LightColor]?.[en ? 'en' : 'zh'] ?? v }),
        filterValueGetter: (p: ValueGetterParams<GridRow>) => (p.data?.kind === 'project' ? p.data.p.light.color : null),
      };
    }
    return col;
  });
}
