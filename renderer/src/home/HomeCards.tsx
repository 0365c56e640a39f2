/** The month's headline figures: 在库, 总投资, 年度计划, 1–N月完成 and 完成率, each a link into the register. */
import { useTranslation } from 'react-i18next';
import type { Money } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import type { HomeSummary } from '../../../shared/domain/home';
import { knownSum } from '../../../shared/domain/unknownAmounts';
import { registerHrefForIds } from '../register/routeSlice';

export function HomeCards({ home, money: screen }: { home: HomeSummary; money: Money }) {
  const { t } = useTranslation('home');
  const h = home.headline;
  const href = registerHrefForIds(home.ids, t('linkLabel.all'));
  const money = (sum: number, unknown: number) => screen.amount(knownSum(sum, unknown, h.count));
  const rate = h.completionRate === null ? '—' : `${(h.completionRate * 100).toFixed(1)}%`;
  const cards = [
    { key: 'count', label: t('cards.count'), value: t('cards.countValue', { count: h.count }), note: '' },
    { key: 'total', label: t('cards.total'), value: money(h.totalInvestment, h.totalUnknown), note: h.totalUnknown ? t('cards.unknown', { count: h.totalUnknown }) : '' },
    { key: 'plan', label: t('cards.plan'), value: money(h.annualPlan, h.planUnknown), note: h.planUnknown ? t('cards.unknown', { count: h.planUnknown }) : '' },
    { key: 'ytd', label: t('cards.ytd', { span: monthSpan(Number(home.month.slice(5, 7)), screen.en) }), value: screen.amount(h.completedYtd), note: t('cards.rate', { rate }) },
  ];
  return (
    <div className="home-cards">
      {cards.map((c) => (
        <a key={c.key} className="home-card" href={href} data-figure={c.key}>
          <span className="home-card-label">{c.label}</span>
          <span className="home-card-value">{c.value}</span>
          <span className="home-card-note">{c.note}</span>
        </a>
      ))}
    </div>
  );
}
