/** 设置与数据: the office makes the register its own (code lists, unit, display, light rules, templates) and keeps its data safe. */
import './strings';
import './settings.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../common/useApiQuery';
import { useSessionState } from '../common/useSessionState';
import type { Settings } from '../../../shared/domain/types';
import { CodeListsPanel } from './CodeListsPanel';
import { DataPanel } from './DataPanel';
import { DatabasePanel } from './DatabasePanel';
import { DisplayPanel } from './DisplayPanel';
import { LightRulesPanel } from './LightRulesPanel';
import { OrgPanel } from './OrgPanel';
import { TemplatesPanel } from './TemplatesPanel';
import { AccountsPanel } from '../team/AccountsPanel';
import { usePermissions } from '../team/permissions';
import '../team/strings';

const SECTIONS = ['codes', 'org', 'display', 'lights', 'templates', 'data', 'database', 'accounts'] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (v: unknown): v is Section => typeof v === 'string' && (SECTIONS as readonly string[]).includes(v);

export function SettingsView() {
  const { t, i18n } = useTranslation('settings');
  const [loaded] = useApiQuery('settings.get', {});
  const [info] = useApiQuery('data.info', {});
  const [settings, setSettings] = useState<Settings | null>(null);
  const [picked, setSection] = useSessionState<Section>('settings.section', 'codes', isSection);
  // 团队版: 账户 for 管理员 on a team server; the others see the settings without changing them.
  const can = usePermissions();
  const sections = SECTIONS.filter((s) => s !== 'accounts' || (can.account !== null && can.may('accounts.list')));
  const section = sections.includes(picked) ? picked : 'codes';
  const mayChange = can.may('settings.update');
  useEffect(() => {
    if (loaded.status === 'ok') setSettings(loaded.data);
  }, [loaded]);

  if (!settings) {
    const failed = loaded.status === 'error' ? loaded : null;
    return <div className={`view-state ${failed ? 'view-error' : ''}`} role={failed ? 'alert' : 'status'}>{failed ? t('failed', { message: i18n.resolvedLanguage === 'en' ? failed.messageEn : failed.message }) : t('loading')}</div>;
  }
  const systemUser = info.status === 'ok' ? info.data.systemUser : '';
  return (
    <section className="settings" aria-labelledby="settings-title">
      <p className="settings-intro" id="settings-title">{t('intro')}</p>
      <div className="settings-body">
        <nav className="settings-nav" aria-label={t('title')}>
          {sections.map((s) => (
            <button key={s} type="button" className={s === section ? 'active' : ''} aria-current={s === section ? 'page' : undefined} onClick={() => setSection(s)}>
              {s === 'accounts' ? t('team:accounts.section') : t(`sections.${s}`)}
            </button>
          ))}
        </nav>
        <div className="settings-panel">
          <h3>{section === 'accounts' ? t('team:accounts.section') : t(`sections.${section}`)}</h3>
          {!mayChange && <p className="readonly-note" role="note">{t('team:readOnly.settings')}</p>}
          <fieldset className="readonly-panel" disabled={!mayChange}>
          {section === 'codes' && <CodeListsPanel />}
          {section === 'org' && <OrgPanel settings={settings} systemUser={systemUser} onSaved={setSettings} />}
          {section === 'display' && <DisplayPanel settings={settings} onSaved={setSettings} />}
          {section === 'lights' && <LightRulesPanel settings={settings} onSaved={setSettings} />}
          {section === 'templates' && <TemplatesPanel settings={settings} onSaved={setSettings} />}
          {section === 'data' && <DataPanel settings={settings} onSaved={setSettings} />}
          {section === 'database' && <DatabasePanel />}
          {section === 'accounts' && <AccountsPanel />}
          </fieldset>
        </div>
      </div>
    </section>
  );
}
