/** Strings of 设置与数据 → 数据库, deep-merged into the `settings` namespace. */
import i18n from '../i18n';

export const zh = {
  sections: { database: '数据库' },
  database: {
    intro: '台账存放在哪里：这台电脑上的文件，或单位的团队服务器（多人共用一本台账，各自登录）。',
    kind: '数据库',
    local: '本机文件',
    localLabel: '本机文件：',
    teamLabel: '团队服务器：',
    localHint: '单机使用：台账保存在这台电脑上。',
    team: '团队服务器',
    teamHint: '连接单位的团队服务器，使用全单位共用的台账。',
    url: '服务器地址',
    urlHint: '管理员启动团队服务器时显示的地址，如 https://192.168.1.20:5443',
    fingerprint: '证书指纹（SHA-256）',
    fingerprintHint: '服务器启动时打印的“证书指纹”。请向管理员核对后粘贴，用来确认连上的确实是本单位的服务器。',
    connect: '连接',
    connecting: '正在检查服务器…',
    connected: '已确认是本单位的团队服务器，正在打开它的登录页…',
    after: '连接后本窗口换为团队服务器的登录页；菜单「文件 → 切换到本机台账」可随时改回本机台账。',
    desktopOnly: '只在桌面版中可用。',
    desktopOnlyHint: '在浏览器中使用团队版时，直接打开团队服务器的地址即可。',
    onServer: '本窗口连接的是团队服务器 {{host}}。',
    onServerBack: '要改回这台电脑上的台账，请用菜单「文件 → 切换到本机台账」。',
    serverInBrowser: '当前台账在团队服务器 {{host}} 上。',
  },
};

export const en: typeof zh = {
  sections: { database: 'Database' },
  database: {
    intro: 'Where the register is kept: a file on this PC, or your office\'s team server (one register shared by everyone, each signing in).',
    kind: 'Database',
    local: 'File on this PC',
    localLabel: 'File on this PC: ',
    teamLabel: 'Team server: ',
    localHint: 'Single-PC use: the register is kept on this computer.',
    team: 'Team server',
    teamHint: 'Connect to your office\'s team server and work on the shared register.',
    url: 'Server address',
    urlHint: 'The address shown when the administrator started the team server, e.g. https://192.168.1.20:5443',
    fingerprint: 'Certificate fingerprint (SHA-256)',
    fingerprintHint: 'The "certificate fingerprint" the server prints at start. Check it with your administrator and paste it: it proves the server is your office\'s.',
    connect: 'Connect',
    connecting: 'Checking the server…',
    connected: 'Confirmed as your office\'s team server; opening its sign-in page…',
    after: 'Once connected, this window shows the team server\'s sign-in page; the menu item 文件 → 切换到本机台账 (File → Use the register on this PC) switches back at any time.',
    desktopOnly: 'Available in the desktop app only.',
    desktopOnlyHint: 'To use the team edition in a browser, open the team server\'s address directly.',
    onServer: 'This window is on the team server {{host}}.',
    onServerBack: 'To use the register on this PC again, choose 文件 → 切换到本机台账 (File → Use the register on this PC) in the menu.',
    serverInBrowser: 'The register is on the team server {{host}}.',
  },
};

i18n.addResourceBundle('zh', 'settings', zh, true, true);
i18n.addResourceBundle('en', 'settings', en, true, true);
