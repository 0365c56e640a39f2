/** Above the grid: the quick search, the count of projects shown and how many are red or yellow. */
import { useTranslation } from 'react-i18next';
import type { RegisterTally } from './registerRow';

interface Props {
  search: string;
  onSearch: (text: string) => void;
  tally: RegisterTally;
  /** All projects in the register, to say "of N" while a filter is on. */
  total: number;
}

export function RegisterToolbar({ search, onSearch, tally, total }: Props) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <div className="search">
        <svg className="search-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="m16 16 4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          placeholder={t('register.searchPlaceholder')}
          aria-label={t('register.searchLabel')}
          spellCheck={false}
        />
        {search && (
          <button type="button" className="search-clear" onClick={() => onSearch('')} aria-label={t('register.clearSearch')} title={t('register.clearSearch')}>
            ×
          </button>
        )}
      </div>
      <div className="toolbar-stats" role="status">
        <span className="stat-count">{t('register.count', { count: tally.count })}</span>
        {tally.count !== total && <span className="stat-muted">{t('register.ofTotal', { total })}</span>}
        <span className="stat-lights" title={t('register.redYellowTitle')}>
          <span className="light-dot dot-red" aria-hidden="true" />
          {t('register.red', { count: tally.red })}
          <span className="stat-sep" aria-hidden="true">·</span>
          <span className="light-dot dot-yellow" aria-hidden="true" />
          {t('register.yellow', { count: tally.yellow })}
        </span>
      </div>
      <div className="toolbar-spacer" />
      <span className="toolbar-unit">{t('register.unitNote')}</span>
    </div>
  );
}
