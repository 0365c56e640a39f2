/** The left navigation: one entry per view, in the order of the work. */
import { useTranslation } from 'react-i18next';
import { ViewIcon } from './icons';
import { viewHref } from './useHashRoute';
import { VIEW_IDS, type ViewId } from './views';
import { VIEW_COMPONENTS } from './viewComponents';
import { usePermissions } from '../team/permissions';
import { viewOffered } from '../team/viewAccess';

export function Sidebar({ current }: { current: ViewId }) {
  const { t } = useTranslation();
  const can = usePermissions();
  return (
    <nav className="sidebar" aria-label={t('nav.section')}>
      <ul className="nav">
        {VIEW_IDS.filter((view) => viewOffered(view, can)).map((view) => (
          <li key={view}>
            <a
              href={viewHref(view)}
              className={view === current ? 'nav-link active' : 'nav-link'}
              aria-current={view === current ? 'page' : undefined}
            >
              <ViewIcon view={view} />
              <span className="nav-label">{t(`nav.${view}`)}</span>
              {!VIEW_COMPONENTS[view] && <span className="nav-soon" aria-hidden="true">{t('placeholder.badge')}</span>}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
