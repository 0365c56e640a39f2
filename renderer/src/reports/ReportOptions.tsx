/** The choices of a report: period (year and 1–N月), unit, subtotal grouping and the scope filters. */
import { useTranslation } from 'react-i18next';
import { STAGES, type Stage } from '../../../shared/domain/types';
import { unitName } from '../../../shared/domain/money';
import { stageText } from '../common/domainText';
import { monthSpan } from '../common/monthSpan';
import { REPORT_GROUPINGS, REPORT_UNITS, type ReportGrouping, type ReportId, type ReportUnit } from '../../../shared/reports/reportIds';

export type ScopeKey = 'chain' | 'area' | 'stage' | 'level';
export interface Scope {
  chain?: string | undefined;
  area?: string | undefined;
  level?: string | undefined;
  stage?: Stage | undefined;
}

export interface ReportChoices {
  year: number;
  monthNumber: number;
  unit: ReportUnit;
  /** undefined: the report's default (产业链; every dimension for 投资汇总表). */
  by: ReportGrouping | undefined;
  scope: Scope;
}

interface Props {
  report: ReportId;
  choices: ReportChoices;
  onChange: (next: ReportChoices) => void;
  years: number[];
  lists: Record<'chain' | 'area' | 'level', string[]>;
}

const SCOPE_KEYS: ScopeKey[] = ['chain', 'area', 'stage', 'level'];

export function ReportOptions({ report, choices, onChange, years, lists }: Props) {
  const { t, i18n } = useTranslation('reports');
  const en = i18n.resolvedLanguage === 'en';
  const set = (patch: Partial<ReportChoices>) => onChange({ ...choices, ...patch });
  const options: Record<ScopeKey, readonly string[]> = { ...lists, stage: STAGES };
  return (
    <div className="report-options">
      <div className="option-row">
        <span className="option-label" id="period-label">{t('month')}</span>
        <select aria-label={t('year')} value={choices.year} onChange={(e) => set({ year: Number(e.target.value) })}>
          {years.map((y) => <option key={y} value={y}>{t('yearOption', { year: y })}</option>)}
        </select>
        <select aria-label={t('monthOf')} value={choices.monthNumber} onChange={(e) => set({ monthNumber: Number(e.target.value) })}>
          {Array.from({ length: 12 }, (_, i) => i + 1).map((n) => <option key={n} value={n}>{monthSpan(n, en)}</option>)}
        </select>
      </div>
      <div className="option-row" role="radiogroup" aria-label={t('unit')}>
        <span className="option-label">{t('unit')}</span>
        <div className="unit-switch">
          {REPORT_UNITS.map((unit) => (
            <label key={unit} className={choices.unit === unit ? 'unit-switch-on' : ''}>
              <input type="radio" name="unit" value={unit} checked={choices.unit === unit} onChange={() => set({ unit })} />
              {unitName(unit, en ? 'en' : 'zh')}
            </label>
          ))}
        </div>
      </div>
      {report === 'changes' ? <p className="option-note">{t('changesScope')}</p> : <>
      <div className="option-row">
        <span className="option-label">{t('groupBy')}</span>
        <select aria-label={t('groupBy')} value={choices.by ?? ''} onChange={(e) => set({ by: (e.target.value || undefined) as ReportGrouping | undefined })}>
          <option value="">{report === 'summary' ? t('groupByAll') : t('dims.chain')}</option>
          {REPORT_GROUPINGS.filter((g) => report === 'summary' || g !== 'chain').map((g) => <option key={g} value={g}>{t(`dims.${g}`)}</option>)}
        </select>
      </div>
      <div className="option-row option-row-wrap">
        <span className="option-label">{t('filters')}</span>
        {SCOPE_KEYS.map((key) => (
          <label key={key} className={`scope-filter ${choices.scope[key] ? 'scope-filter-on' : ''}`}>
            <span>{t(`dims.${key}`)}</span>
            <select aria-label={t('filterLabel', { dim: t(`dims.${key}`) })} value={choices.scope[key] ?? ''}
              onChange={(e) => set({ scope: { ...choices.scope, [key]: e.target.value || undefined } })}>
              <option value="">{t('all')}</option>
              {options[key].map((v) => <option key={v} value={v}>{key === 'stage' ? stageText(v as Stage, en) : v}</option>)}
            </select>
          </label>
        ))}
      </div>
      </>}
    </div>
  );
}
