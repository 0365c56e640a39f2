/** The reports as a radio group of cards: name, what it shows, and a small glyph of its shape. */
import { useTranslation } from 'react-i18next';
import { REPORT_IDS, type ReportId } from '../../../shared/reports/reportIds';

const GLYPHS: Record<ReportId, string> = {
  progress: 'M4 5h16M4 10h16M4 15h16M4 20h16M9 5v15',
  nodes: 'M5 5h4v4H5zM11 7h8M5 15h4v4H5zM11 17h8',
  summary: 'M4 20h16M7 20v-7M12 20V7M17 20v-10',
  gantt: 'M4 5v15h16M7 8h6M10 12h8M8 16h5',
  changes: 'M4 17l5-5 4 3 7-8M15 7h5v5',
};

export function ReportPicker({ value, onChange }: { value: ReportId; onChange: (id: ReportId) => void }) {
  const { t } = useTranslation('reports');
  return (
    <fieldset className="report-picker">
      <legend>{t('chooseReport')}</legend>
      {REPORT_IDS.map((id) => (
        <label key={id} className={`report-card ${value === id ? 'report-card-on' : ''}`}>
          <input type="radio" name="report" value={id} checked={value === id} onChange={() => onChange(id)} />
          <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
            <path d={GLYPHS[id]} fill="none" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="report-card-text">
            <span className="report-card-name">{t(`reports.${id}.name`)}</span>
            <span className="report-card-hint">{t(`reports.${id}.hint`)}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
