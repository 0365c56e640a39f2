/** 新签约 / 新开工 / 新竣工 / 新投产 this month and this year, each count a link to its projects. */
import { useTranslation } from 'react-i18next';
import type { HomeSummary } from '../../../shared/domain/home';
import { registerHrefForIds } from '../register/routeSlice';
import { monthName } from '../common/monthSpan';

export function HomeEvents({ home }: { home: HomeSummary }) {
  const { t, i18n } = useTranslation('home');
  const month = t('events.month', { month: monthName(Number(home.month.slice(5, 7)), i18n.resolvedLanguage === 'en') });
  const year = t('events.year', { year: home.month.slice(0, 4) });
  const cell = (ids: number[], event: string, period: string) =>
    ids.length ? <a href={registerHrefForIds(ids, t('linkLabel.event', { event, period }))}>{ids.length}</a> : <span className="home-zero">0</span>;
  return (
    <section className="home-panel home-events" aria-labelledby="home-events">
      <h3 id="home-events">{t('events.title')}</h3>
      <table className="home-table">
        <thead>
          <tr><th scope="col">{t('events.event')}</th><th scope="col">{month}</th><th scope="col">{year}</th></tr>
        </thead>
        <tbody>
          {home.events.map((e) => {
            const name = t(`events.${e.event}`);
            return (
              <tr key={e.event}>
                <th scope="row">{name}</th>
                <td>{cell(e.month, name, month)}</td>
                <td>{cell(e.year, name, year)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
