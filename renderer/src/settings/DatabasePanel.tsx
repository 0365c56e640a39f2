/**
 * 数据库: which register the desktop app opens — the file on this PC, or a 团队版 server checked
 * by the shell (address reachable, a team server, the pinned certificate) before the window moves
 * to it. The choice is the desktop shell's (window.ledgerDesktop); a browser shows where its
 * register is and that the choice belongs to the desktop app.
 */
import './databaseStrings';
import './database.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatabaseChoice, DesktopBridge } from '../../../shared/desktop';
import { useApiQuery } from '../common/useApiQuery';
import { usePermissions } from '../team/permissions';

declare global {
  interface Window {
    /** The desktop shell's own calls (electron/preload.ts); absent in a browser. */
    ledgerDesktop?: DesktopBridge;
  }
}

type Notice = { tone: 'ok' | 'error' | 'busy'; text: string } | null;

/** A team server's page inside the desktop app: Electron, but no bridge (the shell gives remote pages none). */
const inDesktopTeamWindow = () => !window.ledgerDesktop && /\bElectron\//.test(navigator.userAgent);

export function DatabasePanel() {
  const { t, i18n } = useTranslation('settings');
  const [info] = useApiQuery('data.info', {});
  const can = usePermissions();
  const bridge = window.ledgerDesktop;
  const [current, setCurrent] = useState<DatabaseChoice | null>(null);
  const [kind, setKind] = useState<'local' | 'team'>('local');
  const [url, setUrl] = useState('');
  const [fingerprint, setFingerprint] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const en = i18n.resolvedLanguage === 'en';

  useEffect(() => {
    void bridge?.database().then((choice) => {
      setCurrent(choice);
      if (choice.kind === 'team') {
        setKind('team');
        setUrl(choice.url);
        setFingerprint(choice.fingerprint);
      }
    });
  }, [bridge]);

  const path = info.status === 'ok' ? info.data.databasePath : '';
  const connect = async () => {
    if (!bridge) return;
    setNotice({ tone: 'busy', text: t('database.connecting') });
    const result = await bridge.connectTeam({ url, fingerprint });
    setNotice(result.ok ? { tone: 'ok', text: t('database.connected') } : { tone: 'error', text: en ? result.error.messageEn : result.error.message });
  };

  if (!bridge) {
    const host = window.location.host;
    return (
      <div className="settings-database">
        <p className="settings-muted">{t('database.intro')}</p>
        {inDesktopTeamWindow() ? (
          <p className="database-where" role="note">{t('database.onServer', { host })}<br />{t('database.onServerBack')}</p>
        ) : (
          <>
            <p className="database-where">{can.account ? t('database.serverInBrowser', { host }) : <>{t('database.localLabel')}<code className="settings-path">{path}</code></>}</p>
            <div className="database-unavailable" role="note">
              <span><strong>{t('database.teamLabel')}</strong>{t('database.desktopOnly')}</span>
              <small>{t('database.desktopOnlyHint')}</small>
            </div>
          </>
        )}
      </div>
    );
  }

  const busy = notice?.tone === 'busy';
  return (
    <div className="settings-database">
      <p className="settings-muted">{t('database.intro')}</p>
      <fieldset className="settings-field database-kind" aria-label={t('database.kind')}>
        <label className="settings-check">
          <input type="radio" name="database-kind" checked={kind === 'local'} onChange={() => setKind('local')} />
          <span>{t('database.local')}</span>
          <small>{current?.kind === 'team' ? t('database.localHint') : <code className="settings-path">{path}</code>}</small>
        </label>
        <label className="settings-check">
          <input type="radio" name="database-kind" checked={kind === 'team'} onChange={() => setKind('team')} />
          <span>{t('database.team')}</span>
          <small>{t('database.teamHint')}</small>
        </label>
      </fieldset>
      {kind === 'team' && (
        <form className="database-team" onSubmit={(e) => { e.preventDefault(); void connect(); }}>
          <label className="settings-field">
            <span>{t('database.url')}</span>
            <input value={url} placeholder="https://192.168.1.20:5443" spellCheck={false} autoComplete="off" onChange={(e) => setUrl(e.target.value)} />
            <small>{t('database.urlHint')}</small>
          </label>
          <label className="settings-field">
            <span>{t('database.fingerprint')}</span>
            <textarea value={fingerprint} rows={2} placeholder="AB:CD:EF:…" spellCheck={false} onChange={(e) => setFingerprint(e.target.value)} />
            <small>{t('database.fingerprintHint')}</small>
          </label>
          <div className="settings-row">
            <button type="submit" className="button-primary" disabled={busy || !url.trim() || !fingerprint.trim()}>{t('database.connect')}</button>
          </div>
          {notice && <p className={notice.tone === 'error' ? 'settings-error' : notice.tone === 'ok' ? 'settings-ok' : 'settings-muted'} role={notice.tone === 'error' ? 'alert' : 'status'}>{notice.text}</p>}
          <p className="settings-muted">{t('database.after')}</p>
        </form>
      )}
    </div>
  );
}
