/**
 * The shell-only calls of shared/desktop.ts on their own IPC channels: which register the app
 * opens, and 连接 to a team server. Like the register's channels, only the app's own page is heard,
 * and the input is checked before anything is done with it.
 */

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { DESKTOP_CHANNELS, type DatabaseChoice, type TeamServer, type TeamServerInput } from '../../shared/desktop';
import type { ApiErrorBody, ApiResult } from '../../shared/errors';
import { isTrustedSenderUrl } from './security';

const teamServerInput = z.object({ url: z.string().max(300), fingerprint: z.string().max(300) }).strict();

export interface DesktopHandlers {
  database(): DatabaseChoice;
  connectTeam(input: TeamServerInput): Promise<ApiResult<TeamServer>>;
}

const REFUSED: ApiErrorBody = { code: 'unauthorized', message: '拒绝来自非本程序页面的调用', messageEn: 'Call from a page that is not the app refused' };

export function registerDesktopIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: DesktopHandlers): string[] {
  const trusted = (event: IpcMainInvokeEvent) => isTrustedSenderUrl(event.senderFrame?.url);
  ipcMain.handle(DESKTOP_CHANNELS.database, (event: IpcMainInvokeEvent): DatabaseChoice | null => (trusted(event) ? handlers.database() : null));
  ipcMain.handle(DESKTOP_CHANNELS.connectTeam, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<TeamServer>> => {
    if (!trusted(event)) return { ok: false, error: REFUSED };
    const parsed = teamServerInput.safeParse(input);
    if (!parsed.success) return { ok: false, error: { code: 'invalid_input', message: '服务器地址或证书指纹格式不对', messageEn: 'The server address or certificate fingerprint is malformed' } };
    return await handlers.connectTeam(parsed.data);
  });
  return Object.values(DESKTOP_CHANNELS);
}
