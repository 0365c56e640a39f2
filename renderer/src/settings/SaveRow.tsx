/** A panel's 保存 button with what became of the last save. */
import { useTranslation } from 'react-i18next';
import type { SaveState } from './useSettingsDraft';

export function SaveRow({ state, dirty, onSave }: { state: SaveState; dirty: boolean; onSave: () => void }) {
  const { t } = useTranslation('settings');
  return (
    <div className="settings-save">
      <button type="button" className="button-primary" disabled={!dirty || state.kind === 'busy'} onClick={onSave}>
        {state.kind === 'busy' ? t('saving') : t('save')}
      </button>
      {state.kind === 'saved' && <span className="settings-ok" role="status">{t('saved')}</span>}
      {state.kind === 'error' && <span className="settings-error" role="alert">{state.text}</span>}
    </div>
  );
}
