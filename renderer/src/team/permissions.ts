/** The signed-in person's permissions (see rolePermissions.ts), for components. */
import { useMemo } from 'react';
import { currentLanguage } from '../i18n';
import { permissionsFor, type Permissions } from './rolePermissions';
import { useSession } from './session';

export type { Permissions } from './rolePermissions';

/** The same object while the account and language stay: grids keyed on it do not redraw. */
export function usePermissions(): Permissions {
  const session = useSession();
  const account = session.mode === 'team' ? session.account : null;
  const language = currentLanguage();
  return useMemo(() => permissionsFor(account, language), [account, language]);
}
