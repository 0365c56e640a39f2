/** 单位信息: 填报单位 and 填报人 on every report, the 操作人 the history records. */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/types';
import { SaveRow } from './SaveRow';
import { useSettingsDraft } from './useSettingsDraft';

const KEYS = ['reportingUnit', 'reporter', 'operator'] as const;

export function OrgPanel({ settings, systemUser, onSaved }: { settings: Settings; systemUser: string; onSaved: (s: Settings) => void }) {
  const { t } = useTranslation('settings');
  const { draft, set, save, dirty, state } = useSettingsDraft(settings, onSaved);
  return (
    <div className="settings-form">
      <label className="settings-field">
        <span>{t('org.reportingUnit')}</span>
        <input value={draft.reportingUnit} maxLength={60} onChange={(e) => set('reportingUnit', e.target.value)} />
        <small>{t('org.reportingUnitHint')}</small>
      </label>
      <label className="settings-field">
        <span>{t('org.reporter')}</span>
        <input value={draft.reporter} maxLength={40} onChange={(e) => set('reporter', e.target.value)} />
        <small>{t('org.reporterHint')}</small>
      </label>
      <label className="settings-field">
        <span>{t('org.operator')}</span>
        <input value={draft.operator} maxLength={40} placeholder={systemUser} onChange={(e) => set('operator', e.target.value)} />
        <small>{t('org.operatorHint', { user: systemUser })}</small>
      </label>
      <SaveRow state={state} dirty={dirty(KEYS)} onSave={() => void save(KEYS)} />
    </div>
  );
}
