/** The filter bar: one select per dimension of the slice, the reporting month, and clear. */
import { useTranslation } from 'react-i18next';
import { SIZE_BANDS } from '../../../shared/domain/rollup';
import { addMonths } from '../../../shared/domain/dates';
import { UNSIGNED, type RollupSlice, type SLICE_KEYS } from '../../../shared/domain/rollupSlice';
import { STAGES } from '../../../shared/domain/types';
import { rollupKeyText } from '../common/domainText';
import { monthName } from '../common/monthSpan';

type FilterKey = Exclude<(typeof SLICE_KEYS)[number], 'date'>;
const FILTER_KEYS: FilterKey[] = ['chain', 'area', 'stage', 'level', 'year', 'size'];

export interface FilterChoices {
  chain: string[];
  area: string[];
  level: string[];
  year: string[];
}

interface Props {
  slice: RollupSlice;
  onSlice: (slice: RollupSlice) => void;
  month: string;
  onMonth: (month: string) => void;
  choices: FilterChoices;
  /** The month of today: the latest month offered. */
  latestMonth: string;
}

/** The last three years of months, newest first (and the chosen one, should it be older). */
function monthChoices(chosen: string, latest: string): string[] {
  const list = Array.from({ length: 36 }, (_, i) => addMonths(latest, -i));
  return list.includes(chosen) ? list : [...list, chosen];
}

export function RollupFilters({ slice, onSlice, month, onMonth, choices, latestMonth }: Props) {
  const { t, i18n } = useTranslation('rollups');
  const en = i18n.resolvedLanguage === 'en';
  const options: Record<FilterKey, string[]> = {
    ...choices,
    stage: [...STAGES],
    size: SIZE_BANDS.map((b) => b.label),
  };
  const active = FILTER_KEYS.some((k) => slice[k] !== undefined);
  return (
    <div className="rollup-filters">
      {FILTER_KEYS.map((key) => (
        <label key={key} className={`filter ${slice[key] !== undefined ? 'filter-on' : ''}`}>
          <span>{t(`dims.${key}`)}</span>
          <select
            value={slice[key] ?? ''}
            aria-label={t('filterLabel', { dim: t(`dims.${key}`) })}
            onChange={(e) => onSlice({ ...slice, [key]: e.target.value === '' ? undefined : e.target.value })}
          >
            <option value="">{t('all')}</option>
            {options[key].map((value) => (
              <option key={value} value={value}>{rollupKeyText(key, key === 'year' && value !== UNSIGNED ? `${value}年` : value, en)}</option>
            ))}
          </select>
        </label>
      ))}
      {active && (
        <button type="button" className="link-button" onClick={() => onSlice({})}>{t('clearFilters')}</button>
      )}
      <span className="toolbar-spacer" />
      <label className="filter">
        <span>{t('month')}</span>
        <select value={month} aria-label={t('month')} onChange={(e) => onMonth(e.target.value)}>
          {monthChoices(month, latestMonth).map((m) => <option key={m} value={m}>{en ? `${monthName(Number(m.slice(5, 7)), true)} ${m.slice(0, 4)}` : `${m.slice(0, 4)}年${Number(m.slice(5, 7))}月`}</option>)}
        </select>
      </label>
    </div>
  );
}
