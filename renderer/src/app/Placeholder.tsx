/** What a view that is not built yet shows: plainly says so, and what it will do. */
import { useTranslation } from 'react-i18next';
import { ViewIcon } from './icons';
import { viewHref } from './useHashRoute';
import { DEFAULT_VIEW, type ViewId } from './views';

export function Placeholder({ view }: { view: Exclude<ViewId, 'register'> }) {
  const { t } = useTranslation();
  return (
    <section className="placeholder" aria-labelledby="placeholder-title">
      <div className="placeholder-card">
        <div className="placeholder-icon"><ViewIcon view={view} /></div>
        <span className="placeholder-badge">{t('placeholder.badge')}</span>
        <h2 id="placeholder-title">{t('placeholder.title')}</h2>
        <p className="placeholder-text">{t(`placeholder.${view}`)}</p>
        <a className="button-secondary" href={viewHref(DEFAULT_VIEW)}>{t('placeholder.back')}</a>
      </div>
    </section>
  );
}
