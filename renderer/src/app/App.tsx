/** The shell: sidebar, top bar and the current view. */
import './phone.css';
import './print.css';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { VIEW_COMPONENTS } from './viewComponents';
import { Placeholder } from './Placeholder';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useHashRoute } from './useHashRoute';
import { useSavedLanguage } from './useSavedLanguage';
import { LeaveGuardDialog } from './LeaveGuardDialog';
import { usePermissions } from '../team/permissions';
import { viewOffered } from '../team/viewAccess';

export function App() {
  const { t } = useTranslation();
  const [view] = useHashRoute();
  const [info] = useApiQuery('data.info', {}, { live: true });
  const can = usePermissions();
  useSavedLanguage();

  const title = t(`nav.${view}`);
  const View = VIEW_COMPONENTS[view];
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);

  return (
    <div className="shell">
      <TopBar title={title} info={info} />
      <div className="workspace">
        <Sidebar current={view} />
        <main className="content">
          {!viewOffered(view, can) ? <p className="view-state" role="note">{t('team:readOnly.noImport', { role: can.roleName })}</p>
            : View ? <Suspense fallback={<p className="view-state" role="status">{t('app.loadingView')}</p>}><View /></Suspense> : view !== 'register' && <Placeholder view={view} />}
        </main>
      </div>
      <LeaveGuardDialog />
    </div>
  );
}
