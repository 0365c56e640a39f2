/** The register grid: AG Grid Community with the quick filter and a pinned 合计 row that follows it. */
import { AllCommunityModule, ModuleRegistry, type GridApi } from 'ag-grid-community';
import { AgGridReact } from 'ag-grid-react';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectRow } from '../../../shared/domain/types';
import { currentLanguage } from '../i18n';
import { defaultColumn, registerColumns } from './columns';
import { gridLocaleText } from './gridLocale';
import { registerTheme } from './gridTheme';
import { addToTally, EMPTY_TALLY, tallyRows, totalRow, type RegisterRow, type RegisterTally } from './registerRow';

ModuleRegistry.registerModules([AllCommunityModule]);

interface Props {
  projects: ProjectRow[];
  quickFilter: string;
  /** Told the tally of the rows left visible whenever the data or a filter changes. */
  onTally: (tally: RegisterTally) => void;
}

export function RegisterGrid({ projects, quickFilter, onTally }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const columns = useMemo(() => registerColumns(t), [t]);
  const localeText = useMemo(() => gridLocaleText(language), [language]);
  const [tally, setTally] = useState<RegisterTally>(() => tallyRows(projects));

  const recount = useCallback((api: GridApi<RegisterRow>) => {
    let next = EMPTY_TALLY;
    api.forEachNodeAfterFilter((node) => {
      if (node.data && !node.group) next = addToTally(next, node.data);
    });
    setTally(next);
    onTally(next);
  }, [onTally]);

  const pinned = useMemo(
    () => [totalRow(tally, t('register.totalLabel'), t('register.totalCount', { count: tally.count }))],
    [tally, t],
  );

  return (
    <div className="register-grid">
      <AgGridReact<RegisterRow>
        key={language}
        theme={registerTheme}
        rowData={projects}
        columnDefs={columns}
        defaultColDef={defaultColumn}
        localeText={localeText}
        quickFilterText={quickFilter}
        pinnedBottomRowData={pinned}
        getRowId={(p) => (p.data.id === null ? 'total' : String(p.data.id))}
        getRowClass={(p) => (p.node.rowPinned ? 'row-total' : undefined)}
        onRowDataUpdated={(e) => recount(e.api)}
        onFilterChanged={(e) => recount(e.api)}
        tooltipShowDelay={400}
        enableCellTextSelection
        ensureDomOrder
      />
    </div>
  );
}
