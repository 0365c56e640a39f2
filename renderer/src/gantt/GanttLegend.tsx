/** The legend under the chart: what each colour means, and how plan, actual, milestones and today are drawn. */
import { useTranslation } from 'react-i18next';
import type { BarMode } from './barItems';
import { LEGEND_ORDER, LIGHT_HEX, tint } from './colors';

export function GanttLegend({ mode }: { mode: BarMode }) {
  const { t } = useTranslation('gantt');
  return (
    <div className="gantt-legend" aria-label={t('legend.title')}>
      {LEGEND_ORDER.map((color) => (
        <span key={color} className="gantt-legend-item">
          <span className="gantt-swatch" style={{ background: LIGHT_HEX[color] }} aria-hidden="true" />
          {t(`status.${color}`)}
        </span>
      ))}
      <span className="gantt-legend-sep" aria-hidden="true" />
      {mode !== 'actual' && (
        <span className="gantt-legend-item">
          <span className="gantt-swatch gantt-swatch-planned" style={{ background: tint('grey', 0.16), borderColor: LIGHT_HEX.grey }} aria-hidden="true" />
          {t('legend.planned')}
        </span>
      )}
      {mode !== 'planned' && (
        <span className="gantt-legend-item">
          <span className="gantt-swatch gantt-swatch-actual" style={{ background: LIGHT_HEX.blue }} aria-hidden="true" />
          {t('legend.actual')}
        </span>
      )}
      <span className="gantt-legend-item"><span className="gantt-diamond" aria-hidden="true" />{t('legend.milestone')}</span>
      <span className="gantt-legend-item"><span className="gantt-today-swatch" aria-hidden="true" />{t('legend.today')}</span>
    </div>
  );
}
