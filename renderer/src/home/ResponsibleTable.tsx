/** Projects by 责任领导 or 责任单位: how many, how many red and yellow (each a link), and 总投资. */
import { useTranslation } from 'react-i18next';
import type { Money } from '../common/money';
import type { Responsible } from '../../../shared/domain/home';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { registerHrefForIds } from '../register/routeSlice';

const SHOWN = 12;

export function ResponsibleTable({ title, people, money }: { title: string; people: Responsible[]; money: Money }) {
  const { t } = useTranslation('home');
  const link = (ids: number[], label: string) => (ids.length ? <a href={registerHrefForIds(ids, label)}>{ids.length}</a> : <span className="home-zero">0</span>);
  return (
    <section className="home-panel home-people" aria-label={title}>
      <h3>{title}</h3>
      <table className="home-table">
        <thead>
          <tr>
            <th scope="col">{t('people.name')}</th><th scope="col">{t('people.count')}</th>
            <th scope="col">{t('people.red')}</th><th scope="col">{t('people.yellow')}</th>
            <th scope="col" className="num">{t('people.total')}</th>
          </tr>
        </thead>
        <tbody>
          {people.slice(0, SHOWN).map((p) => (
            <tr key={p.name}>
              <th scope="row">{p.name}</th>
              <td>{link(p.ids, t('linkLabel.person', { name: p.name }))}</td>
              <td className={p.red.length ? 'home-red' : ''}>{link(p.red, t('linkLabel.personRed', { name: p.name }))}</td>
              <td className={p.yellow.length ? 'home-yellow' : ''}>{link(p.yellow, t('linkLabel.personYellow', { name: p.name }))}</td>
              <td className="num">{money.amount(knownSum(p.totalInvestment, p.totalUnknown, p.ids.length))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
