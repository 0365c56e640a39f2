/**
 * Above the Gantt: the register's filters (search, 级别, 产业链, 区域, 阶段, 灯号) on the first
 * line; grouping, 计划/实际, zoom, editing and the exports on the second.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { stageText } from '../common/domainText';
import { STAGES, type CodeLists, type LightColor, type Stage } from '../../../shared/domain/types';
import type { BarMode } from './barItems';
import { GANTT_GROUPS, isGanttGroup, type GanttGroup } from './ganttRows';
import { ZOOMS, type Zoom } from './timeScale';
import type { ServiceFilter } from './useGanttData';

/** Project lights a filter can pick (a project is never blue: its in-progress nodes make it 正常). */
const PROJECT_LIGHTS: readonly LightColor[] = ['red', 'yellow', 'amber', 'green', 'grey'];

interface Props {
  search: string;
  onSearch: (text: string) => void;
  filter: ServiceFilter;
  onFilter: (filter: ServiceFilter) => void;
  light: LightColor | null;
  onLight: (light: LightColor | null) => void;
  lists: CodeLists;
  groupBy: GanttGroup | null;
  onGroupBy: (by: GanttGroup | null) => void;
  mode: BarMode;
  onMode: (mode: BarMode) => void;
  zoom: Zoom | null;
  onZoom: (zoom: Zoom) => void;
  onFit: () => void;
  onToday: () => void;
  /** 导出图片 and 打印挂图: the right end of the first line. */
  exports: ReactNode;
  /** The editing switches: the right end of the second line. */
  actions: ReactNode;
}

function Segmented<T extends string | null>({ label, id, options, value, onChange }: { label: string; id: string; options: Array<[T, string]>; value: T; onChange: (v: T) => void }) {
  return (
    <div className="gantt-tool">
      <span className="tool-label" id={id}>{label}</span>
      <div className="segmented" role="radiogroup" aria-labelledby={id}>
        {options.map(([v, text]) => (
          <button key={text} type="button" role="radio" aria-checked={value === v} className={value === v ? 'segment active' : 'segment'} onClick={() => onChange(v)}>
            {text}
          </button>
        ))}
      </div>
    </div>
  );
}

export function GanttToolbar(props: Props) {
  const { search, onSearch, filter, onFilter, light, onLight, lists, groupBy, onGroupBy, mode, onMode, zoom, onZoom, onFit, onToday, exports, actions } = props;
  const { t, i18n } = useTranslation('gantt');
  const en = i18n.resolvedLanguage === 'en';
  const select = (what: 'level' | 'chain' | 'area', values: readonly string[]) => (
    <select className="gantt-select" aria-label={t(`filters.${what}`)} value={filter[what] ?? ''} onChange={(e) => onFilter({ ...filter, [what]: e.target.value || undefined })}>
      <option value="">{t('filters.all', { what: t(`filters.${what}`) })}</option>
      {values.map((v) => <option key={v} value={v}>{v}</option>)}
    </select>
  );
  return (
    <div className="gantt-toolbar">
      <div className="toolbar">
        <div className="search">
          <input type="search" value={search} onChange={(e) => onSearch(e.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('searchLabel')} spellCheck={false}
            onKeyDown={(e) => { if (e.key === 'Escape' && search) { e.preventDefault(); onSearch(''); } }} />
        </div>
        {select('level', lists.level)}
        {select('chain', lists.chain)}
        {select('area', lists.area)}
        <select className="gantt-select" aria-label={t('filters.stage')} value={filter.stage ?? ''} onChange={(e) => onFilter({ ...filter, stage: (e.target.value || undefined) as Stage | undefined })}>
          <option value="">{t('filters.all', { what: t('filters.stage') })}</option>
          {STAGES.map((s) => <option key={s} value={s}>{stageText(s, en)}</option>)}
        </select>
        <select className="gantt-select" aria-label={t('filters.lights')} value={light ?? ''} onChange={(e) => onLight((e.target.value || null) as LightColor | null)}>
          <option value="">{t('allLights')}</option>
          {PROJECT_LIGHTS.map((c) => <option key={c} value={c}>{t(`lightFilter.${c}`)}</option>)}
        </select>
        <div className="toolbar-spacer" />
        {exports}
      </div>
      <div className="toolbar gantt-toolbar-second">
        <label className="gantt-tool">
          <span className="tool-label">{t('group.label')}</span>
          <select className="gantt-select" value={groupBy ?? ''} onChange={(e) => onGroupBy(isGanttGroup(e.target.value) ? e.target.value : null)}>
            {GANTT_GROUPS.map((g) => <option key={g} value={g}>{t(`group.${g}`)}</option>)}
            <option value="">{t('group.none')}</option>
          </select>
        </label>
        <Segmented label={t('mode.label')} id="gantt-mode" value={mode} onChange={onMode}
          options={(['both', 'planned', 'actual'] as const).map((m) => [m, t(`mode.${m}`)] as [BarMode, string])} />
        <Segmented label={t('zoom.label')} id="gantt-zoom" value={zoom} onChange={(z) => { if (z) onZoom(z); }}
          options={ZOOMS.map((z) => [z, t(`zoom.${z}`)] as [Zoom, string])} />
        <button type="button" className="button-secondary small" onClick={onFit} title={t('zoom.fitTitle')}>{t('zoom.fit')}</button>
        <button type="button" className="button-secondary small" onClick={onToday} title={t('zoom.todayTitle')}>{t('zoom.today')}</button>
        <div className="toolbar-spacer" />
        {actions}
      </div>
    </div>
  );
}
