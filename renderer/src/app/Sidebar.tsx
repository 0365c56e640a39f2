/** The left navigation: the app mark and one entry per view. */
import { useTranslation } from 'react-i18next';
import { AppMark, ViewIcon } from './icons';
import { viewHref } from './useHashRoute';
import { BUILT_VIEWS, VIEW_IDS, type ViewId } from './views';

export function Sidebar({ current }: { current: ViewId }) {
  const { t } = useTranslation();
  return (
    <aside className="sidebar">
      <div className="brand">
        <AppMark />
        <div className="brand-text">
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-sub">{t('app.subtitle')}</div>
        </div>
      </div>
      <nav className="nav" aria-label={t('nav.section')}>
        <ul>
          {VIEW_IDS.map((view) => (
            <li key={view}>
              <a
                href={viewHref(view)}
                className={view === current ? 'nav-link active' : 'nav-link'}
                aria-current={view === current ? 'page' : undefined}
              >
                <ViewIcon view={view} />
                <span className="nav-label">{t(`nav.${view}`)}</span>
                {!BUILT_VIEWS.has(view) && <span className="nav-soon" aria-hidden="true">{t('placeholder.badge')}</span>}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
