/** The shell: sidebar, top bar and the current view. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { RegisterView } from '../register/RegisterView';
import { Placeholder } from './Placeholder';
import { Sidebar } from './Sidebar';
import { TopBar } from './TopBar';
import { useHashRoute } from './useHashRoute';

export function App() {
  const { t, i18n } = useTranslation();
  const [view] = useHashRoute();
  const [info] = useApiQuery('data.info', {});
  const [settings] = useApiQuery('settings.get', {});

  // The language saved in the register's settings wins over the default on start.
  useEffect(() => {
    if (settings.status === 'ok' && settings.data.language !== i18n.resolvedLanguage) void i18n.changeLanguage(settings.data.language);
  }, [settings, i18n]);

  const title = t(`nav.${view}`);
  useEffect(() => {
    document.title = `${title} - ${t('app.name')}`;
  }, [title, t]);

  return (
    <div className="shell">
      <Sidebar current={view} />
      <div className="main">
        <TopBar title={title} info={info} />
        <main className="content">
          {view === 'register' ? <RegisterView /> : <Placeholder view={view} />}
        </main>
      </div>
    </div>
  );
}
