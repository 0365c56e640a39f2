/** On start, switches to the language saved in the register's settings (once; later switches are the user's). */
import { useEffect } from 'react';
import { api } from '../api/client';
import i18n, { currentLanguage } from '../i18n';
import { useSession } from '../team/session';
import { storedLanguage } from '../team/personalLanguage';

export function useSavedLanguage(): void {
  // On a team server, a person who chose a language keeps it (see personalLanguage.ts).
  const personal = useSession().mode === 'team' && storedLanguage() !== null;
  useEffect(() => {
    if (personal) return;
    let live = true;
    // A user who switches before the settings arrive (a slow start) has chosen: the saved language must not undo it.
    const atStart = currentLanguage();
    api('settings.get', {}).then(
      (settings) => {
        if (live && currentLanguage() === atStart && settings.language !== atStart) void i18n.changeLanguage(settings.language);
      },
      // Unreadable settings leave the default language; the register itself reports data errors.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [personal]);
}
