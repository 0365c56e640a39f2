/** 亮灯规则 as data, with the rules in words as they will be applied and printed. */
import { useTranslation } from 'react-i18next';
import { lightRules } from '../../../shared/domain/lightRules';
import type { Settings } from '../../../shared/domain/types';
import { SaveRow } from './SaveRow';
import { useSettingsDraft } from './useSettingsDraft';

const KEYS = ['warningDays', 'agingYellowMonths', 'agingRedMonths', 'problemOverdueRed'] as const;

function NumberField({ label, hint, value, min, max, onChange }: { label: string; hint?: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  return (
    <label className="settings-field settings-number">
      <span>{label}</span>
      <input type="number" value={value} min={min} max={max} step={1} onChange={(e) => onChange(Math.max(min, Math.min(max, Math.round(Number(e.target.value) || 0))))} />
      {hint && <small>{hint}</small>}
    </label>
  );
}

export function LightRulesPanel({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, i18n } = useTranslation('settings');
  const { draft, set, save, dirty, state } = useSettingsDraft(settings, onSaved);
  const en = i18n.resolvedLanguage === 'en';
  return (
    <div className="settings-form">
      <NumberField label={t('lights.warningDays')} hint={t('lights.warningDaysHint')} value={draft.warningDays} min={0} max={365} onChange={(n) => set('warningDays', n)} />
      <div className="settings-pair">
        <NumberField label={t('lights.agingYellow')} value={draft.agingYellowMonths} min={1} max={24} onChange={(n) => set('agingYellowMonths', n)} />
        <NumberField label={t('lights.agingRed')} value={draft.agingRedMonths} min={1} max={36} onChange={(n) => set('agingRedMonths', n)} />
      </div>
      <small className="settings-note">{t('lights.agingHint')}</small>
      <label className="settings-check">
        <input type="checkbox" checked={draft.problemOverdueRed} onChange={(e) => set('problemOverdueRed', e.target.checked)} />
        <span>{t('lights.problemRed')}</span>
        <small>{t('lights.problemRedHint')}</small>
      </label>
      <SaveRow state={state} dirty={dirty(KEYS)} onSave={() => void save(KEYS)} />
      <h4>{t('lights.rules')}</h4>
      <ul className="light-rules" aria-label={t('lights.rules')}>
        {lightRules(draft).map((r) => (
          <li key={r.zh} className={`light light-${r.color}`}><span className="light-dot" aria-hidden="true" />{en ? r.en : r.zh}</li>
        ))}
      </ul>
    </div>
  );
}
