/** The settings as loaded, a draft the panel edits, and a save that sends only what changed. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import type { Settings } from '../../../shared/domain/types';

export type SaveState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'saved' } | { kind: 'error'; text: string };

export function useSettingsDraft(loaded: Settings, onSaved: (s: Settings) => void) {
  const { i18n } = useTranslation();
  const [draft, setDraft] = useState<Settings>(loaded);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    setState({ kind: 'idle' });
  };
  const changes = (keys: ReadonlyArray<keyof Settings>): Partial<Settings> =>
    Object.fromEntries(keys.filter((k) => draft[k] !== loaded[k]).map((k) => [k, draft[k]])) as Partial<Settings>;
  const save = async (keys: ReadonlyArray<keyof Settings>) => {
    const diff = changes(keys);
    if (Object.keys(diff).length === 0) return;
    setState({ kind: 'busy' });
    try {
      const next = await api('settings.update', diff);
      setState({ kind: 'saved' });
      onSaved(next);
    } catch (err) {
      setState({ kind: 'error', text: errorText(err, i18n.resolvedLanguage === 'en') });
    }
  };
  const dirty = (keys: ReadonlyArray<keyof Settings>) => Object.keys(changes(keys)).length > 0;
  return { draft, set, save, dirty, state };
}
