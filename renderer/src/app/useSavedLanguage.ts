/** On start, switches to the language saved in the register's settings (once; later switches are the user's). */
import { useEffect } from 'react';
import { api } from '../api/client';
import i18n, { currentLanguage } from '../i18n';

export function useSavedLanguage(): void {
  useEffect(() => {
    let live = true;
    api('settings.get', {}).then(
      (settings) => {
        if (live && settings.language !== currentLanguage()) void i18n.changeLanguage(settings.language);
      },
      // Unreadable settings leave the default language; the register itself reports data errors.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
}
