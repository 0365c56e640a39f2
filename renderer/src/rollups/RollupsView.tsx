/** 投资汇总: rollup tables and charts over a slice of the register, and the quarterly 晾晒比拼. */
import { useTranslation } from 'react-i18next';
import './strings';
import './rollups.css';
import { useApiQuery } from '../common/useApiQuery';
import { useRoute } from '../app/useHashRoute';
import { ClosedMonthBanner, ClosedMonthPicker, hashWithMonth } from '../common/ClosedMonthPicker';
import { isIsoMonth, monthOf } from '../../../shared/domain/dates';
import { useSessionState } from '../common/useSessionState';
import type { RollupSlice } from '../../../shared/domain/rollupSlice';
import { UNSIGNED } from '../../../shared/domain/rollupSlice';
import { RollupFilters, type FilterChoices } from './RollupFilters';
import { TablesPanel } from './TablesPanel';
import { RankingPanel } from './RankingPanel';
import { displayOf, useMoney, DEFAULT_DISPLAY } from '../common/money';
import { PrintButton } from '../common/PrintButton';
import './rollups-layout.css';

type Tab = 'tables' | 'ranking';

function isSlice(value: unknown): value is RollupSlice {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'string');
}

export function RollupsView() {
  const { t } = useTranslation('rollups');
  const [tab, setTab] = useSessionState<Tab>('rollups.tab', 'tables', (v): v is Tab => v === 'tables' || v === 'ranking');
  const [slice, setSlice] = useSessionState<RollupSlice>('rollups.slice', {}, isSlice);
  const [pickedMonth, setMonth] = useSessionState<string | null>('rollups.month', null, (v): v is string => typeof v === 'string' && isIsoMonth(v));
  const [info] = useApiQuery('data.info', {});
  const [settings] = useApiQuery('settings.get', {});
  const [codeLists] = useApiQuery('codeLists.get', {});
  const [years] = useApiQuery('rollups.by', { by: 'year' });
  const [closings] = useApiQuery('months.list', {});
  // A closed month chosen in the route (?month=2026-10): its frozen figures, read-only.
  const closedMonth = useRoute().params.get('month');
  const closing = closedMonth && closings.status === 'ok' ? closings.data.closings.find((c) => c.month === closedMonth) ?? null : null;
  const money = useMoney(settings.status === 'ok' ? displayOf(settings.data) : DEFAULT_DISPLAY);

  if (info.status !== 'ok' || settings.status !== 'ok') {
    const failed = info.status === 'error' ? info : settings.status === 'error' ? settings : null;
    return <div className={`view-state ${failed ? 'view-error' : ''}`} role={failed ? 'alert' : 'status'}>{failed ? t('loadFailed', { message: failed.message }) : t('loading')}</div>;
  }
  const month = closedMonth ?? pickedMonth ?? info.data.reportingMonth;
  const choices: FilterChoices = {
    chain: codeLists.status === 'ok' ? codeLists.data.chain : [],
    area: codeLists.status === 'ok' ? codeLists.data.area : [],
    level: codeLists.status === 'ok' ? codeLists.data.level : [],
    year: years.status === 'ok' ? years.data.rows.map((r) => (r.key === UNSIGNED ? UNSIGNED : r.key.replace(/年$/, ''))) : [],
  };

  return (
    <section className="rollups" aria-label={t('title')}>
      <h1 className="print-title">{t('title')}</h1>
      <div className="rollups-head">
        <div className="segmented" role="tablist" aria-label={t('title')}>
          {(['tables', 'ranking'] as const).map((id) => (
            <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'active' : undefined} onClick={() => setTab(id)}>
              {t(id === 'tables' ? 'tabTables' : 'tabRanking')}
            </button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        {tab === 'tables' && <span className="toolbar-unit">{t('unit', { unit: money.unit })}</span>}
        <PrintButton className="button-secondary small" />
      </div>
      {tab === 'tables' ? (
        <>
          <div className="closed-month-bar">
            <ClosedMonthPicker month={closedMonth} />
            {closing && <ClosedMonthBanner closing={closing} />}
          </div>
          <RollupFilters slice={slice} onSlice={setSlice} month={month} choices={choices} latestMonth={monthOf(info.data.today)}
            // Another reporting month leaves the closed month for live figures.
            onMonth={(m) => { setMonth(m); if (closedMonth) window.location.hash = hashWithMonth(null); }} />
          <TablesPanel slice={slice} month={month} money={money} closed={closedMonth !== null} />
        </>
      ) : (
        <RankingPanel today={info.data.today} />
      )}
    </section>
  );
}
