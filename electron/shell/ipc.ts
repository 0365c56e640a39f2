/**
 * IPC registration: one handler per contract method, from the method list — nothing per method.
 * Each call's sender frame is checked before the dispatcher (which validates the input) runs.
 */

import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { METHOD_NAMES } from '../../shared/contract';
import type { ApiResult } from '../../shared/errors';
import { IPC_PREFIX, isTrustedSenderUrl } from './security';

export type Dispatch = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch): string[] {
  const channels = METHOD_NAMES.map((method) => {
    const channel = `${IPC_PREFIX}${method}`;
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'unauthorized', message: '拒绝来自非本程序页面的调用', messageEn: 'Call from a page that is not the app refused' } };
      }
      return dispatch(method, input);
    });
    return channel;
  });
  return channels;
}
