// Stands in for `electron` when the bundled main process is started under plain Node: records
// what the shell asks for and prints it as one JSON line for tests/shell/bundle.test.ts.
import fs from 'node:fs';

const userData = process.env.LEDGER_TEST_USER_DATA;
const seen = { windows: [], urls: [], channels: [], schemes: [], errors: [], bigImport: null };
const handlers = {};

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
  webContents = { id: 1, on() {} };
  once() {}
  on() {}
  loadURL(url) {
    seen.urls.push(url);
    return Promise.resolve();
  }
}
export const ipcMain = {
  handle: (channel, fn) => {
    seen.channels.push(channel);
    handlers[channel] = fn;
  },
};

/**
 * An import file big enough to be read in the worker thread (dist/electron/importReadWorker.js),
 * then committed on the service worker thread (dist/electron/serviceWorker.js), as the app does.
 */
async function inspectBigFile() {
  const lines = ['项目名称,建设单位,总投资（万元）'];
  for (let i = 1; i <= 6000; i++) lines.push(`捆绑测试项目${i},湖州建设有限公司,${1000 + i}`);
  const file = { name: 'big.csv', base64: Buffer.from(lines.join('\n')).toString('base64') };
  const event = { senderFrame: { url: 'app://ledger/index.html' } };
  const reply = await handlers['ledger:imports.inspect'](event, { file });
  if (!reply.ok) return { error: reply.error };
  const committed = await handlers['ledger:imports.commit'](event, { file, mapping: reply.value.mapping, matchKey: 'nameCompany', mode: 'add' });
  if (!committed.ok) return { dataRows: reply.value.dataRows, commitError: committed.error };
  // A second file: its commit runs on the spare thread started when the first one ended.
  const second = { name: 'big2.csv', base64: Buffer.from(lines.join('\n').replaceAll('捆绑测试项目', '捆绑测试项目乙')).toString('base64') };
  const again = await handlers['ledger:imports.commit'](event, { file: second, mapping: reply.value.mapping, matchKey: 'nameCompany', mode: 'add' });
  if (!again.ok) return { dataRows: reply.value.dataRows, added: committed.value.added, againError: again.error };
  // 12,000 projects now: a report is register-wide work, written on the spare with exceljs loaded ahead.
  const report = await handlers['ledger:reports.export'](event, { report: 'progress', month: '2026-11' });
  return {
    dataRows: reply.value.dataRows, added: committed.value.added, addedAgain: again.value.added,
    report: report.ok ? { xlsx: Buffer.from(report.value.base64, 'base64').subarray(0, 2).toString('latin1') } : { error: report.error },
  };
}
export const protocol = { registerSchemesAsPrivileged: (s) => seen.schemes.push(...s.map((x) => x.scheme)), handle: () => {} };
export const session = { defaultSession: { setPermissionRequestHandler() {}, setPermissionCheckHandler() {}, setCertificateVerifyProc() {}, on() {} } };
export const Menu = { setApplicationMenu() {}, buildFromTemplate: (template) => template };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };
export const dialog = { showErrorBox: (title, body) => seen.errors.push(`${title}: ${body}`) };
export const shell = { openExternal: async () => {} };

const done = setInterval(() => {
  if (seen.urls.length || seen.errors.length) {
    clearInterval(done);
    const report = () => {
      fs.writeSync(1, JSON.stringify(seen) + '\n');
      process.exit(0);
    };
    if (!handlers['ledger:imports.inspect']) return report();
    inspectBigFile().then((r) => { seen.bigImport = r; }, (err) => { seen.bigImport = { thrown: String(err) }; }).finally(report);
  }
}, 50);
