// Stands in for `electron` when the bundled main process is started under plain Node: records
// what the shell asks for and prints it as one JSON line for tests/shell/bundle.test.ts.
import fs from 'node:fs';

const userData = process.env.LEDGER_TEST_USER_DATA;
const seen = { windows: [], urls: [], channels: [], schemes: [], errors: [] };

export const app = {
  requestSingleInstanceLock: () => true,
  quit: () => {},
  on: () => {},
  whenReady: () => Promise.resolve(),
  getPath: () => userData,
  getVersion: () => '0.0.0-bundle-test',
};
export class BrowserWindow {
  static getAllWindows() {
    return [];
  }
  constructor(options) {
    seen.windows.push(options.webPreferences);
  }
  webContents = { on() {} };
  once() {}
  on() {}
  loadURL(url) {
    seen.urls.push(url);
    return Promise.resolve();
  }
}
export const ipcMain = { handle: (channel) => seen.channels.push(channel) };
export const protocol = { registerSchemesAsPrivileged: (s) => seen.schemes.push(...s.map((x) => x.scheme)), handle: () => {} };
export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, on() {} } };
export const Menu = { setApplicationMenu() {}, buildFromTemplate: (template) => template };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const dialog = { showErrorBox: (title, body) => seen.errors.push(`${title}: ${body}`) };
export const shell = { openExternal: async () => {} };

const done = setInterval(() => {
  if (seen.urls.length || seen.errors.length) {
    clearInterval(done);
    fs.writeSync(1, JSON.stringify(seen) + '\n');
    process.exit(0);
  }
}, 50);
