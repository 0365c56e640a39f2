/**
 * 首页 (领导驾驶舱): the page a leader opens first. The month's figures, what moved, what is late and
 * who answers for it; every figure opens the register on exactly the projects it counts.
 * Printable (A4/A3, the app's chrome hidden) and readable on a phone (one column).
 */
import './strings';
import '../common/lightDots.css';
import './home.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiQuery } from '../common/useApiQuery';
import { displayOf, useMoney } from '../common/money';
import { monthOfYearText } from '../common/monthSpan';
import type { AmountDisplay } from '../../../shared/domain/money';
import { addMonths, monthOf } from '../../../shared/domain/dates';
import type { HomeSummary } from '../../../shared/domain/home';
import { HomeCards } from './HomeCards';
import { HomeEvents } from './HomeEvents';
import { LitList } from './LitList';
import { OverdueProblems } from './OverdueProblems';
import { ResponsibleTable } from './ResponsibleTable';

export function HomeView() {
  const { t, i18n } = useTranslation('home');
  const [month, setMonth] = useState<string | undefined>(undefined);
  const [loaded, reload] = useApiQuery('home.summary', month ? { month } : {}, { live: true });
  const [settings] = useApiQuery('settings.get', {});
  if (loaded.status !== 'ok' || settings.status !== 'ok') {
    const failed = loaded.status === 'error' ? loaded : settings.status === 'error' ? settings : null;
    return <div className={`view-state ${failed ? 'view-error' : ''}`} role={failed ? 'alert' : 'status'}>{failed ? t('failed', { message: i18n.resolvedLanguage === 'en' ? failed.messageEn : failed.message }) : t('loading')}</div>;
  }
  return <HomePage home={loaded.data} display={displayOf(settings.data)} onMonth={setMonth} onWatched={reload} />;
}

function HomePage({ home, display, onMonth, onWatched }: { home: HomeSummary; display: AmountDisplay; onMonth: (m: string) => void; onWatched: () => void }) {
  const { t } = useTranslation('home');
  const money = useMoney(display);
  const watched = new Set(home.watched.map((p) => p.id));
  const watch = (id: number, on: boolean) => void api('home.watch', { projectId: id, watched: on }).then(onWatched);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(monthOf(home.today), -i));
  if (!months.includes(home.month)) months.push(home.month);
  return (
    <section className="home" aria-labelledby="home-title">
      <header className="home-head">
        <div>
          <h2 id="home-title">{t('title', { month: monthOfYearText(home.month, money.en) })}</h2>
          <p className="home-sub">{t('asOf', { date: home.today })} · {t('unit', { unit: money.unit })}</p>
        </div>
        <div className="home-actions">
          <label>
            <span>{t('month')}</span>
            <select value={home.month} onChange={(e) => onMonth(e.target.value)}>
              {months.map((m) => <option key={m} value={m}>{monthOfYearText(m, money.en)}</option>)}
            </select>
          </label>
          <button type="button" className="button-secondary small" onClick={() => window.print()}>{t('print')}</button>
        </div>
      </header>
      <HomeCards home={home} money={money} />
      <div className="home-grid">
        <HomeEvents home={home} />
        <OverdueProblems problems={home.overdueProblems} />
        <LitList title={t('red')} projects={home.red} color="red" linkLabel={t('linkLabel.red')} empty={t('none')} watched={watched} onWatch={watch} />
        <LitList title={t('yellow')} projects={home.yellow} color="yellow" linkLabel={t('linkLabel.yellow')} empty={t('none')} watched={watched} onWatch={watch} />
        <LitList title={t('watched.title')} projects={home.watched} color="watch" linkLabel={t('watched.title')} empty={t('watched.none')} watched={watched} onWatch={watch} />
        <ResponsibleTable title={t('people.leader')} people={home.byLeader} money={money} />
        <ResponsibleTable title={t('people.unit')} people={home.byUnit} money={money} />
      </div>
    </section>
  );
}
