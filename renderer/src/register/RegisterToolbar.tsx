/**
 * Above the grid: the quick search (Ctrl+F), grouping, views, columns and 新增项目; under it the
 * count shown and the red and yellow counts, which also filter to those projects when clicked.
 */
import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { LightColor } from '../../../shared/domain/types';
import type { RegisterTally } from './registerRow';

interface Props {
  search: string;
  onSearch: (text: string) => void;
  searchRef: RefObject<HTMLInputElement | null>;
  tally: RegisterTally;
  /** All projects in the register, to say "of N" while a filter is on. */
  total: number;
  lights: LightColor[] | null;
  onLights: (lights: LightColor[] | null) => void;
  tools: ReactNode;
  /** Beside the counts: the common views. */
  presets: ReactNode;
  /** At the right end of the counts row: 新增项目. */
  addButton: ReactNode;
  unitNote: string;
  /** Only the first rows are in: the counts wait for the whole register. */
  partial?: boolean;
}

export function RegisterToolbar({ search, onSearch, searchRef, tally, total, lights, onLights, tools, presets, addButton, unitNote, partial = false }: Props) {
  const { t } = useTranslation();
  const only = (color: LightColor) => lights?.length === 1 && lights[0] === color;
  const toggle = (color: LightColor) => onLights(only(color) ? null : [color]);
  return (
    <div className="toolbar-block">
      <div className="toolbar">
        <div className="search">
          <svg className="search-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
            <path d="m16 16 4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
          <input
            ref={searchRef}
            type="search"
            value={search}
            onChange={(e) => onSearch(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Escape' && search) { e.preventDefault(); onSearch(''); } }}
            placeholder={t('register.searchPlaceholder')}
            aria-label={t('register.searchLabel')}
            spellCheck={false}
          />
          <kbd className="search-kbd" aria-hidden="true">Ctrl F</kbd>
          {search && (
            <button type="button" className="search-clear" onClick={() => onSearch('')} aria-label={t('register.clearSearch')} title={t('register.clearSearch')}>
              ×
            </button>
          )}
        </div>
        {tools}
      </div>
      <div className="toolbar toolbar-stats-row">
        <div className="toolbar-stats" role="status">
          {!partial && <span className="stat-count">{t('register.count', { count: tally.count })}</span>}
          {!partial && tally.count !== total && <span className="stat-muted">{t('register.ofTotal', { total })}</span>}
        </div>
        <div className="stat-lights" title={t('register.redYellowTitle')} hidden={partial}>
          <button type="button" className={only('red') ? 'stat-light active' : 'stat-light'} aria-pressed={only('red')} onClick={() => toggle('red')} title={t('workbench:lights.onlyRed')}>
            <span className="light-dot dot-red" aria-hidden="true" />
            {t('register.red', { count: tally.red })}
          </button>
          <button type="button" className={only('yellow') ? 'stat-light active' : 'stat-light'} aria-pressed={only('yellow')} onClick={() => toggle('yellow')} title={t('workbench:lights.onlyYellow')}>
            <span className="light-dot dot-yellow" aria-hidden="true" />
            {t('register.yellow', { count: tally.yellow })}
          </button>
        </div>
        {presets}
        <div className="toolbar-spacer" />
        <span className="toolbar-hint">{t('workbench:keyboardHint')}</span>
        <span className="toolbar-unit">{unitNote}</span>
        {addButton}
      </div>
    </div>
  );
}
