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
import { DisplayPanel } from './DisplayPanel';
import { LightRulesPanel } from './LightRulesPanel';
import { OrgPanel } from './OrgPanel';
import { TemplatesPanel } from './TemplatesPanel';

const SECTIONS = ['codes', 'org', 'display', 'lights', 'templates', 'data'] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (v: unknown): v is Section => typeof v === 'string' && (SECTIONS as readonly string[]).includes(v);

export function SettingsView() {
  const { t, i18n } = useTranslation('settings');
  const [loaded] = useApiQuery('settings.get', {});
  const [info] = useApiQuery('data.info', {});
  const [settings, setSettings] = useState<Settings | null>(null);
  const [section, setSection] = useSessionState<Section>('settings.section', 'codes', isSection);
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
          {SECTIONS.map((s) => (
            <button key={s} type="button" className={s === section ? 'active' : ''} aria-current={s === section ? 'page' : undefined} onClick={() => setSection(s)}>
              {t(`sections.${s}`)}
            </button>
          ))}
        </nav>
        <div className="settings-panel">
          <h3>{t(`sections.${section}`)}</h3>
          {section === 'codes' && <CodeListsPanel />}
          {section === 'org' && <OrgPanel settings={settings} systemUser={systemUser} onSaved={setSettings} />}
          {section === 'display' && <DisplayPanel settings={settings} onSaved={setSettings} />}
          {section === 'lights' && <LightRulesPanel settings={settings} onSaved={setSettings} />}
          {section === 'templates' && <TemplatesPanel settings={settings} onSaved={setSettings} />}
          {section === 'data' && <DataPanel settings={settings} onSaved={setSettings} />}
        </div>
      </div>
    </section>
  );
}
