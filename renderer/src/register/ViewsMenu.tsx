/** 视图: the common views one click away, the user's own views, and saving the current one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../shared/api/views';
import { Popover } from '../common/Popover';
import type { PresetId } from './useSavedViews';

interface Props {
  saved: SavedView[];
  onPreset: (id: PresetId) => void;
  onSaved: (view: SavedView) => void;
  onSaveAs: (name: string) => Promise<void>;
  onRemove: (name: string) => Promise<void>;
}

const PRESET_IDS: PresetId[] = ['all', 'warning', 'provincial'];

export function ViewsMenu({ saved, onPreset, onSaved, onSaveAs, onRemove }: Props) {
  const { t } = useTranslation('workbench');
  const [name, setName] = useState('');
  return (
    <Popover label={t('views.button')} align="right">
        {(close) => (
          <div className="menu">
            <div className="menu-heading">{t('views.presets')}</div>
            {PRESET_IDS.map((id) => (
              <button key={id} type="button" className="menu-item" onClick={() => { onPreset(id); close(); }}>
                {t(`views.${id === 'all' ? 'all' : id === 'warning' ? 'warning' : 'provincial'}`)}
              </button>
            ))}
            {saved.length > 0 && <div className="menu-heading">{t('views.mine')}</div>}
            {saved.map((view) => (
              <div key={view.name} className="menu-row">
                <button type="button" className="menu-item" onClick={() => { onSaved(view); close(); }}>{view.name}</button>
                <button type="button" className="menu-remove" aria-label={t('views.remove', { name: view.name })} title={t('views.remove', { name: view.name })} onClick={() => void onRemove(view.name)}>×</button>
              </div>
            ))}
            <form
              className="menu-save"
              onSubmit={(e) => {
                e.preventDefault();
                if (!name.trim()) return;
                void onSaveAs(name.trim()).then(() => { setName(''); close(); });
              }}
            >
              <input value={name} onChange={(e) => setName(e.target.value)} placeholder={t('views.namePrompt')} aria-label={t('views.namePrompt')} maxLength={30} />
              <button type="submit" className="button-primary small">{t('views.save')}</button>
            </form>
          </div>
        )}
    </Popover>
  );
}

/** 本月预警 and 省重大 as one-click chips beside the counts. */
export function PresetButtons({ onPreset }: { onPreset: (id: PresetId) => void }) {
  const { t } = useTranslation('workbench');
  return (
    <div className="preset-buttons" role="group" aria-label={t('views.presets')}>
      <button type="button" className="chip-button" onClick={() => onPreset('warning')}>{t('views.warning')}</button>
      <button type="button" className="chip-button" onClick={() => onPreset('provincial')}>{t('views.provincial')}</button>
    </div>
  );
}
