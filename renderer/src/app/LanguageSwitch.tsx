/** 中文 ⇄ English. The choice is kept in the register's settings so it survives a restart. */
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useSession } from '../team/session';
import { rememberLanguage } from '../team/personalLanguage';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next = i18n.resolvedLanguage === 'en' ? 'zh' : 'en';
  const team = useSession().mode === 'team';
  const onClick = () => {
    void i18n.changeLanguage(next);
    // On a team server the choice is the person's (this browser's), not the office's setting.
    if (team) return rememberLanguage(next);
    // Best effort: the UI has switched either way; a failed save only means the next start is in the old language.
    api('settings.update', { language: next }).catch(() => undefined);
  };
  return (
    // The other language named in itself (中文 / English), marked as such for screen readers and checks.
    <button type="button" className="lang-switch" onClick={onClick} title={t('app.switchToTitle')} lang={next === 'zh' ? 'zh-CN' : 'en'}>
      {t('app.switchTo')}
    </button>
  );
}
