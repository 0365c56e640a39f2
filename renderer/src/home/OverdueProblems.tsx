/** Open 卡点 past their promised date, most overdue first, each opening its project's 卡点 tab (返回 comes back to 首页). */
import { useTranslation } from 'react-i18next';
import type { OverdueProblem } from '../../../shared/domain/home';
import { projectHref } from '../app/useHashRoute';

export function OverdueProblems({ problems }: { problems: OverdueProblem[] }) {
  const { t } = useTranslation('home');
  return (
    <section className="home-panel home-problems" aria-labelledby="home-problems">
      <h3 id="home-problems">{t('problems.title')} <span className="home-count">{problems.length}</span></h3>
      {problems.length === 0 ? <p className="home-empty">{t('problems.none')}</p> : (
        <ul>
          {problems.slice(0, 10).map((p) => (
            <li key={p.id}>
              <span className="home-late">{t('problems.late', { days: p.daysLate })}</span>
              <span className="home-lit-main">
                <a href={`${projectHref(p.projectId, 'home')}&tab=problems`}>{p.projectName}{p.nodeName ? ` · ${p.nodeName}` : ''}</a>
                <span className="home-lit-reason">{p.text}{p.department ? ` · ${t('problems.department', { name: p.department })}` : ''}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
