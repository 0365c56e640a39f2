/** The 灯 cell: a coloured dot and the light's reason ("逾期 12天：施工许可"), the label when no reason. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import { useTranslation } from 'react-i18next';
import { lightText } from '../common/domainText';
import type { GridRow } from './registerRow';

export function LightCell({ data }: CustomCellRendererProps<GridRow>) {
  const { i18n } = useTranslation();
  if (data?.kind !== 'project') return null;
  const light = data.p.light;
  const text = lightText(light, i18n.resolvedLanguage === 'en');
  return (
    <span className={`light light-${light.color}`}>
      <span className="light-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
