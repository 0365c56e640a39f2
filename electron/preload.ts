/**
 * The narrow bridge: `window.ledger.call(method, input)` on the `ledger:` channels, and the
 * shell's own `window.ledgerDesktop` (which register the app opens; shared/desktop.ts) on the
 * `desktop:` ones. No raw ipcRenderer reaches the page; the main side checks the sender and the input.
 */

import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_CHANNELS, type DesktopBridge } from '../shared/desktop';

const METHOD = /^[a-zA-Z]+\.[a-zA-Z]+$/;

contextBridge.exposeInMainWorld('ledger', {
  async call(method: unknown, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !METHOD.test(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `没有这个接口：${String(method)}`, messageEn: `No such method: ${String(method)}` } });
    }
    return await ipcRenderer.invoke(`ledger:${method}`, input);
  },
});

const desktop: DesktopBridge = {
  database: async () => (await ipcRenderer.invoke(DESKTOP_CHANNELS.database)) as Awaited<ReturnType<DesktopBridge['database']>>,
  connectTeam: async (input) => (await ipcRenderer.invoke(DESKTOP_CHANNELS.connectTeam, { url: String(input.url), fingerprint: String(input.fingerprint) })) as Awaited<ReturnType<DesktopBridge['connectTeam']>>,
};
contextBridge.exposeInMainWorld('ledgerDesktop', desktop);
