/** 显示: the screen unit, the decimals of amounts on screen (with an example), and the language. */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/domain/types';
import { DISPLAY_DECIMALS_MAX, formatDisplayAmount, unitName } from '../../../shared/domain/money';
import { SaveRow } from './SaveRow';
import { useSettingsDraft } from './useSettingsDraft';

const KEYS = ['displayUnit', 'displayDecimals', 'language'] as const;
const DECIMALS = Array.from({ length: DISPLAY_DECIMALS_MAX + 1 }, (_, i) => i);
/** The example amount: 1,234,567,890 元 shows every digit the choices can cut. */
const EXAMPLE_YUAN = 1_234_567_890;

export function DisplayPanel({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, i18n } = useTranslation('settings');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const { draft, set, save, dirty, state } = useSettingsDraft(settings, (s) => {
    void i18n.changeLanguage(s.language);
    onSaved(s);
  });
  const example = formatDisplayAmount(EXAMPLE_YUAN, { unit: draft.displayUnit, decimals: draft.displayDecimals });
  return (
    <div className="settings-form">
      <fieldset className="settings-field">
        <legend>{t('display.unit')}</legend>
        <div className="settings-choices">
          {(['万元', '亿元'] as const).map((u) => (
            <label key={u}><input type="radio" name="displayUnit" checked={draft.displayUnit === u} onChange={() => set('displayUnit', u)} /> {unitName(u, lang)}</label>
          ))}
        </div>
        <small>{t('display.unitHint')}</small>
      </fieldset>
      <fieldset className="settings-field">
        <legend>{t('display.decimals')}</legend>
        <div className="settings-choices">
          <select aria-label={t('display.decimals')} value={draft.displayDecimals} onChange={(e) => set('displayDecimals', Number(e.target.value))}>
            {DECIMALS.map((d) => <option key={d} value={d}>{d}</option>)}
          </select>
          <span className="settings-example" aria-live="polite">{t('display.example', { amount: example, unit: unitName(draft.displayUnit, lang) })}</span>
        </div>
        <small>{t('display.decimalsHint')}</small>
      </fieldset>
      <fieldset className="settings-field">
        <legend>{t('display.language')}</legend>
        <div className="settings-choices">
          {(['zh', 'en'] as const).map((l) => (
            // Each language is named in itself, so anyone can find their way back: marked with its language.
            <label key={l} lang={l === 'zh' ? 'zh-CN' : 'en'}><input type="radio" name="language" checked={draft.language === l} onChange={() => set('language', l)} /> {t(`display.${l}`)}</label>
          ))}
        </div>
      </fieldset>
      <SaveRow state={state} dirty={dirty(KEYS)} onSave={() => void save(KEYS)} />
    </div>
  );
}
