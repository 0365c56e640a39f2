/** 显示: the screen unit and the language. */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/types';
import { SaveRow } from './SaveRow';
import { useSettingsDraft } from './useSettingsDraft';

const KEYS = ['displayUnit', 'language'] as const;

export function DisplayPanel({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, i18n } = useTranslation('settings');
  const { draft, set, save, dirty, state } = useSettingsDraft(settings, (s) => {
    void i18n.changeLanguage(s.language);
    onSaved(s);
  });
  return (
    <div className="settings-form">
      <fieldset className="settings-field">
        <legend>{t('display.unit')}</legend>
        <div className="settings-choices">
          {(['万元', '亿元'] as const).map((u) => (
            <label key={u}><input type="radio" name="displayUnit" checked={draft.displayUnit === u} onChange={() => set('displayUnit', u)} /> {u}</label>
          ))}
        </div>
        <small>{t('display.unitHint')}</small>
      </fieldset>
      <fieldset className="settings-field">
        <legend>{t('display.language')}</legend>
        <div className="settings-choices">
          {(['zh', 'en'] as const).map((l) => (
            <label key={l}><input type="radio" name="language" checked={draft.language === l} onChange={() => set('language', l)} /> {t(`display.${l}`)}</label>
          ))}
        </div>
      </fieldset>
      <SaveRow state={state} dirty={dirty(KEYS)} onSave={() => void save(KEYS)} />
    </div>
  );
}
