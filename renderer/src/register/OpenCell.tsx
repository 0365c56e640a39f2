/** The first cell of a project row: a link that opens its 项目详情. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { projectHref } from '../app/useHashRoute';
import type { GridRow } from './registerRow';

export function OpenCell({ data }: CustomCellRendererProps<GridRow>) {
  const { t } = useTranslation('workbench');
  if (data?.kind !== 'project') return null;
  const label = t('openProject', { name: data.p.name });
  return (
    <a className="open-link" href={projectHref(data.p.id)} aria-label={label} title={label}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <path d="M6 3H3.5A1.5 1.5 0 0 0 2 4.5v8A1.5 1.5 0 0 0 3.5 14h8a1.5 1.5 0 0 0 1.5-1.5V10M9 2h5v5M14 2 7.5 8.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </a>
  );
}
