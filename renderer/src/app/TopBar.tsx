/** The top bar: the app's name over the sidebar, the current view's title, the register's size, "today" and the language switch. */
import { useTranslation } from 'react-i18next';
import type { DataInfo } from '../../../shared/contract';
import type { QueryState } from '../common/useApiQuery';
import { AppMark } from './icons';
import { LanguageSwitch } from './LanguageSwitch';
import { UserMenu } from '../team/UserMenu';

interface Props {
  title: string;
  info: QueryState<DataInfo>;
}

export function TopBar({ title, info }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  return (
    <header className="topbar">
      <div className="brand">
        <AppMark />
        <div className="brand-text">
          <div className="brand-name">{t('app.name')}</div>
          <div className="brand-sub">{t('app.subtitle')}</div>
        </div>
      </div>
      <h1 className="topbar-title">{title}</h1>
      <div className="topbar-meta">
        {info.status === 'ok' && (
          <>
            <span className="meta-item">{t('app.projectCount', { count: info.data.projectCount })}</span>
            <span className="meta-divider" aria-hidden="true" />
            <span className="meta-item">{t('app.today', { date: info.data.today })}</span>
          </>
        )}
        {info.status === 'loading' && <span className="meta-muted">{t('app.loadingInfo')}</span>}
        {info.status === 'error' && (
          <span className="meta-error" title={en ? info.messageEn : info.message}>{t('app.infoFailed')}</span>
        )}
        <LanguageSwitch />
        <UserMenu />
      </div>
    </header>
  );
}
