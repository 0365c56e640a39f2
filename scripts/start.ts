/**
 * `npm start`: the desktop app. Electron's binary is downloaded by its own install step, which
 * cannot reach its servers on an offline machine; then this says so and points to the browser host.
 */

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

function electronBinary(): string | undefined {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!fs.existsSync(pathFile)) return undefined;
    const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(exe) ? exe : undefined;
  } catch {
    return undefined;
  }
}

const exe = electronBinary();
if (!exe) {
  console.error(
    [
      '未找到 Electron 程序本体，桌面窗口无法打开。',
      'Electron 的安装步骤需要从其官网下载程序本体，本机无法访问外网（安装时已跳过该下载）。',
      '请改用浏览器版：npm run serve（在 Chromium/Edge 中打开打印的地址）；',
      '桌面安装包请在能访问 Electron 下载站的机器上用 npm run build 构建。',
      '',
      'Electron itself is missing, so no desktop window can open: its install step downloads the',
      'binary, which this offline machine cannot reach (the download was skipped at install).',
      'Use the browser host instead: npm run serve, and open the printed address.',
      'Build the desktop package with npm run build on a machine that can reach Electron downloads.',
    ].join('\n'),
  );
  process.exit(1);
}

const built = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'buildElectron.ts')], { stdio: 'inherit', cwd: root });
built.on('exit', (code) => {
  if (code !== 0) process.exit(code ?? 1);
  const child = spawn(exe, [root], { stdio: 'inherit', cwd: root });
  child.on('exit', (c) => process.exit(c ?? 0));
});
