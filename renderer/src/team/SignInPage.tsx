/**
 * The team server's sign-in page (用户名, 密码, 登录): a wrong password and a rate-limited name each
 * say what happened and what to do. Shown over the app when a session ends mid-work (`expired`).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AppMark } from '../app/icons';
import i18n from '../i18n';
import { signIn } from './auth';
import { rememberLanguage } from './personalLanguage';

interface Props {
  onSignedIn: () => void;
  /** The session ended while the app was open: the form comes up over it. */
  expired?: boolean;
  /** The login name to offer (the person whose session ended). */
  name?: string;
}

export function SignInPage({ onSignedIn, expired = false, name: knownName = '' }: Props) {
  const { t } = useTranslation('team');
  const en = i18n.resolvedLanguage === 'en';
  const [name, setName] = useState(knownName);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim() || !password) return setError(t('signIn.missing'));
    setBusy(true);
    setError(null);
    const result = await signIn(name.trim(), password);
    setBusy(false);
    if (result.ok) return onSignedIn();
    setPassword('');
    const said = result.error ? (en ? result.error.messageEn : result.error.message) : '';
    if (result.status === 0) setError(t('signIn.unreachable'));
    else if (result.status === 429) setError(t('signIn.limited', { message: said.replace(/[。.]$/, '') }));
    else if (result.status === 401) setError(t('signIn.wrong'));
    else setError(said || t('signIn.unreachable'));
  };

  const switchLanguage = () => {
    const next = en ? 'zh' : 'en';
    rememberLanguage(next);
    void i18n.changeLanguage(next);
  };

  const card = (
    <form className="signin-card" onSubmit={(e) => void submit(e)} aria-labelledby="signin-title" noValidate>
      <div className="signin-brand">
        <AppMark />
        <div>
          <div className="signin-app">{i18n.t('app.name')}</div>
          <div className="signin-sub">{i18n.t('app.subtitle')}</div>
        </div>
        <button type="button" className="lang-switch" onClick={switchLanguage} lang={en ? 'zh-CN' : 'en'}>{en ? '中文' : 'English'}</button>
      </div>
      <h1 id="signin-title" className="signin-title">{expired ? t('signIn.expiredTitle') : t('signIn.title')}</h1>
      <p className="signin-lead">{expired ? t('signIn.expiredLead') : t('signIn.lead')}</p>
      <label className="signin-field">
        <span>{t('signIn.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus={!knownName} />
      </label>
      <label className="signin-field">
        <span>{t('signIn.password')}</span>
        <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" autoFocus={!!knownName} />
      </label>
      {error && <p className="signin-error" role="alert">{error}</p>}
      <button type="submit" className="button-primary signin-submit" disabled={busy}>{busy ? t('signIn.busy') : t('signIn.submit')}</button>
      {expired && <p className="signin-note">{t('signIn.otherAccount')}</p>}
    </form>
  );
  if (expired) {
    return <div className="signin-overlay" role="dialog" aria-modal="true" aria-labelledby="signin-title">{card}</div>;
  }
  return <main className="signin-page">{card}</main>;
}
