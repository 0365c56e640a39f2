/** 晾晒比拼: areas or 责任单位 ranked for a quarter, each figure with an arrow against the quarter before. */
import { useSessionState } from '../common/useSessionState';
import { registerHref } from '../../../shared/domain/rollupSlice';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { previousQuarter, quarterLabel, quarterOf } from '../../../shared/domain/rollupQuarters';
import type { RankingGroup, RankingRow } from '../../../shared/domain/ranking';
import { rollupKeyText } from '../common/domainText';
import { percentText } from './format';

interface Props {
  today: string;
}

/** The running quarter and the seven before it. */
function recentQuarters(today: string): string[] {
  const list = [quarterOf(today)];
  while (list.length < 8) list.push(previousQuarter(list[list.length - 1]!));
  return list;
}

export function RankingPanel({ today }: Props) {
  const { t, i18n } = useTranslation('rollups');
  const en = i18n.resolvedLanguage === 'en';
  const quarters = recentQuarters(today);
  const [quarter, setQuarter] = useSessionState('rollups.quarter', quarters[0]!, (v): v is string => typeof v === 'string' && quarters.includes(v));
  const [group, setGroup] = useSessionState<RankingGroup>('rollups.rankBy', 'area', (v): v is RankingGroup => v === 'area' || v === 'ownerUnit');
  const [ranking, reload] = useApiQuery('rollups.ranking', { group, quarter });

  return (
    <div className="rollups-body">
      <div className="rollup-filters">
        <label className="filter">
          <span>{t('ranking.quarter')}</span>
          <select value={quarter} aria-label={t('ranking.quarter')} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => <option key={q} value={q}>{quarterLabel(q, en)}</option>)}
          </select>
        </label>
        <div className="segmented segmented-small" role="group" aria-label={t('ranking.group')}>
          {(['area', 'ownerUnit'] as const).map((g) => (
            <button key={g} type="button" aria-pressed={group === g} className={group === g ? 'active' : undefined} onClick={() => setGroup(g)}>
              {t(g === 'area' ? 'ranking.groupArea' : 'ranking.groupUnit')}
            </button>
          ))}
        </div>
        {ranking.status === 'ok' && (
          <span className="filter-note">
            {t('ranking.asOf', { date: ranking.data.asOf, previous: quarterLabel(ranking.data.previousQuarter, en), previousAsOf: ranking.data.previousAsOf })}
          </span>
        )}
      </div>
      <section className="table-card ranking-card" aria-label={t('tabRanking')}>
        <div className="table-scroll">
          {ranking.status === 'loading' && <div className="view-state" role="status">{t('loading')}</div>}
          {ranking.status === 'error' && (
            <div className="view-state view-error" role="alert">
              <p>{t('loadFailed', { message: ranking.message })}</p>
              <button type="button" className="button-secondary" onClick={reload}>{t('retry')}</button>
            </div>
          )}
          {ranking.status === 'ok' && <RankingTable rows={ranking.data.rows} group={group} />}
        </div>
        <p className="card-note">{t('ranking.rule')}</p>
      </section>
    </div>
  );
}

function RankingTable({ rows, group }: { rows: RankingRow[]; group: RankingGroup }) {
  const { t, i18n } = useTranslation('rollups');
  const en = i18n.resolvedLanguage === 'en';
  const rate = (r: number | null) => (r === null ? t('ranking.none') : percentText(r));
  return (
    <table className="rollup-table ranking-table">
      <thead>
        <tr>
          <th scope="col" className="col-rank">{t('ranking.rank')}</th>
          <th scope="col" className="col-name">{t(group === 'area' ? 'ranking.groupArea' : 'ranking.groupUnit')}</th>
          <th scope="col">{t('ranking.projects')}</th>
          <th scope="col">{t('ranking.onTime')}</th>
          <th scope="col">{t('ranking.due')}</th>
          <th scope="col">{t('ranking.red')}</th>
          <th scope="col">{t('ranking.rate')}</th>
          <th scope="col">{t('ranking.signed')}</th>
          <th scope="col">{t('ranking.started')}</th>
          <th scope="col">{t('ranking.completed')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { current: c, previous: p } = row;
          return (
            <tr key={row.key}>
              <td className="col-rank"><span className={`rank rank-${row.rank <= 3 ? 'top' : 'rest'}`}>{row.rank}</span><RankMove row={row} /></td>
              <th scope="row">{group === 'area' ? <a href={registerHref({ area: row.key })} title={t('openArea', { area: rollupKeyText('area', row.key, en) })}>{rollupKeyText('area', row.key, en)}</a> : rollupKeyText('area', row.key, en)}</th>
              <td>{c.projects}</td>
              <td><Figure text={rate(c.onTimeRate)} now={c.onTimeRate} before={p.onTimeRate} previousText={rate(p.onTimeRate)} /></td>
              <td>{c.dueNodes}</td>
              <td className={c.redNodes > 0 ? 'cell-red' : undefined}><Figure text={String(c.redNodes)} now={c.redNodes} before={p.redNodes} previousText={String(p.redNodes)} lowerIsBetter /></td>
              <td>
                <Figure text={rate(c.completionRate)} now={c.completionRate} before={p.completionRate} previousText={rate(p.completionRate)} />
                {c.planUnknown > 0 && <span className="unknown-count" title={`${t('unknown.plan', { count: c.planUnknown })}${t('unknown.sep')}${t('unknown.rate')}`}>{t('unknown.short', { count: c.planUnknown })}</span>}
              </td>
              <td><Figure text={String(c.signed)} now={c.signed} before={p.signed} previousText={String(p.signed)} /></td>
              <td><Figure text={String(c.started)} now={c.started} before={p.started} previousText={String(p.started)} /></td>
              <td><Figure text={String(c.completed)} now={c.completed} before={p.completed} previousText={String(p.completed)} /></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RankMove({ row }: { row: RankingRow }) {
  const { t } = useTranslation('rollups');
  if (row.previousRank === null) return <span className="move move-new" title={t('ranking.newEntry')}>{t('ranking.new')}</span>;
  const up = row.previousRank - row.rank;
  if (up === 0) return <span className="move move-same" title={t('ranking.same')} aria-label={t('ranking.same')}>—</span>;
  const label = t(up > 0 ? 'ranking.up' : 'ranking.down', { n: Math.abs(up) });
  return <span className={`move ${up > 0 ? 'move-up' : 'move-down'}`} title={label} aria-label={label}>{up > 0 ? '▲' : '▼'}{Math.abs(up)}</span>;
}

/** A figure and its arrow: green when better than last quarter, red when worse. */
function Figure({ text, now, before, previousText, lowerIsBetter = false }: { text: string; now: number | null; before: number | null; previousText: string; lowerIsBetter?: boolean }) {
  const { t } = useTranslation('rollups');
  const title = t('ranking.previous', { value: previousText });
  if (now === null || before === null || now === before) {
    return <span className="figure" title={title}>{text}<span className="arrow" aria-hidden="true" /></span>;
  }
  const rose = now > before;
  const better = lowerIsBetter ? !rose : rose;
  return (
    <span className="figure" title={title}>
      {text}
      <span className={`arrow ${better ? 'arrow-better' : 'arrow-worse'}`} aria-label={title}>{rose ? '↑' : '↓'}</span>
    </span>
  );
}
