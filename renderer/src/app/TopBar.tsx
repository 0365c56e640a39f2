/** The top bar: current view title, the register's size, "today", and the language switch. */
import { useTranslation } from 'react-i18next';
import type { DataInfo } from '../../../shared/contract';
import type { QueryState } from '../common/useApiQuery';
import { LanguageSwitch } from './LanguageSwitch';

interface Props {
  title: string;
  info: QueryState<DataInfo>;
}

export function TopBar({ title, info }: Props) {
  const { t, i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  return (
    <header className="topbar">
      <div className="topbar-title">
        <span className="topbar-app">{t('app.name')}</span>
        <span className="topbar-sep" aria-hidden="true">/</span>
        <h1>{title}</h1>
      </div>
      <div className="topbar-meta">
        {info.status === 'ok' && (
          <>
            <span className="meta-chip" data-testid="project-count">{t('app.projectCount', { count: info.data.projectCount })}</span>
            <span className="meta-chip" data-testid="today">{t('app.today', { date: info.data.today })}</span>
          </>
        )}
        {info.status === 'loading' && <span className="meta-muted">{t('app.loadingInfo')}</span>}
        {info.status === 'error' && (
          <span className="meta-error" title={en ? info.messageEn : info.message}>{t('app.infoFailed')}</span>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}
