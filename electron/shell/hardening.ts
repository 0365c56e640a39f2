/** Denies what a register app never needs: navigation away, new windows, permissions, webviews. */

import type { App, Session, WebContents } from 'electron';
import { APP_ORIGIN, isSafeExternalUrl } from './security';

export function hardenSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** The origin a window's page may navigate within: the app's own, or the team server it is on. */
export type OriginOf = (contents: { id: number }) => string;

export function hardenContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler' | 'id'>, openExternal: (url: string) => Promise<void>, originOf: OriginOf = () => APP_ORIGIN): void {
  contents.on('will-navigate', (event, url) => {
    if (!url.startsWith(`${originOf(contents)}/`)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // Links to the web go to the user's browser, checked; the app never opens windows of its own.
    if (isSafeExternalUrl(url)) void openExternal(url);
    return { action: 'deny' };
  });
}

export function hardenApp(app: Pick<App, 'on'>, openExternal: (url: string) => Promise<void>, originOf?: OriginOf): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, openExternal, originOf));
}
