/**
 * The narrow bridge: one function, `window.ledger.call(method, input)`, on the `ledger:` channels
 * only. No raw ipcRenderer reaches the page; the main side checks the sender and the input.
 */

import { contextBridge, ipcRenderer } from 'electron';

const METHOD = /^[a-zA-Z]+\.[a-zA-Z]+$/;

contextBridge.exposeInMainWorld('ledger', {
  async call(method: unknown, input: unknown): Promise<unknown> {
    if (typeof method !== 'string' || !METHOD.test(method)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_method', message: `没有这个接口：${String(method)}`, messageEn: `No such method: ${String(method)}` } });
    }
    return await ipcRenderer.invoke(`ledger:${method}`, input);
  },
});
