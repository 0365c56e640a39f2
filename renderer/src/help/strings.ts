/** Strings of 使用说明, registered under the `help` namespace. */
import i18n from '../i18n';

export const zh = {
  intro: '重大项目台账记录每个项目从签约到达产的节点、投资和问题，按亮灯规则提示逾期和预警，并生成报送领导的报表。下面是日常用法。',
  loading: '正在读取亮灯规则…',
  month: {
    title: '每月的工作',
    steps: [
      '月初在「月度调度 → 下发与回收」按区域或责任单位下发填报模板，街道、部门填好后发回；',
      '在同一页回收合并：逐项目看改了什么、哪些可疑（1–N月比上月少、节点日期倒退、改了身份列），确认后一次合并，可整批撤销；',
      '在「首页」和「项目台账」看红灯、黄灯项目及原因，在「月度调度 → 督办清单」跟进逾期卡点；',
      '数据核对无误后在「月度调度 → 月结与比上月」关账，冻结本月数据，并查看与上月相比的变化；',
      '在「报表」导出推进情况表、节点计划表、投资汇总表、挂图作战图或督办单（Excel，A3/A4 横向可直接打印）。',
    ],
  },
  lights: { title: '亮灯规则（按当前设置）', hint: '预警天数、无进展月数等在「设置与数据 → 亮灯规则」中修改；报表脚注写明导出时使用的规则。' },
  money: {
    title: '金额与未填',
    text: '金额按元精确保存，屏幕上按「设置与数据 → 显示」中选择的单位显示；输入时可写 139亿、5000万、1,200万元 或按当前单位填数字。不知道的金额留空，显示为「未填」，合计时单独计数（“其中 N 个项目未填”），不当作 0。',
  },
  keys: {
    title: '快捷键',
    rows: [
      ['Ctrl+F', '在项目台账中搜索'],
      ['Enter / F2', '编辑所选单元格；Enter 保存，Esc 取消'],
      ['Ctrl+1 … Ctrl+8', '切换到首页、项目台账等各页面（桌面版）'],
      ['F1', '打开本使用说明（桌面版）'],
    ],
  },
  data: {
    title: '数据安全',
    text: '每次保存立即写入数据库文件；每天自动备份并保留设定的天数，也可在「设置与数据 → 数据」手动备份或从备份恢复（恢复前先检查备份，当前文件另存一份）。数据库不能放在网络盘或共享文件夹上（多人共用请使用团队版）；导出和备份文件可以放在那里。',
  },
};

export const en: typeof zh = {
  intro: 'The register follows each project node by node from signing to full production, with its investment and problems, lights late and due nodes by the rules below, and writes the reports that go to leaders. This is how it is used day to day.',
  loading: 'Reading the light rules…',
  month: {
    title: 'The monthly round',
    steps: [
      'Early in the month, send each area or responsible unit its fill-in template from Monthly → Send & collect;',
      'Collect the returns on the same page: see per project what changed and what looks wrong (a lower year-to-date figure, a node date moved back, an edited identity column), then merge each file at once — undoable as a whole;',
      'On Home and in the Register, see the red and yellow projects and why; follow overdue problems in Monthly → Problem list;',
      'When the figures are right, close the month in Monthly → Close & compare: the month is frozen and compared with the last;',
      'Export the reports from Reports (Excel, A3/A4 landscape, ready to print).',
    ],
  },
  lights: { title: 'Light rules (as set now)', hint: 'Change the warning days and idle months in Settings → Light rules; each report\'s footnote states the rules used when it was exported.' },
  money: {
    title: 'Amounts and "not given"',
    text: 'Amounts are kept exactly in yuan and shown in the unit chosen in Settings → Display; type them as a number in that unit (1,200.5); Chinese amounts with their unit words are read as well. An amount nobody knows stays empty, shows as "not given" and is counted apart in totals, never as 0.',
  },
  keys: {
    title: 'Keyboard',
    rows: [
      ['Ctrl+F', 'Search the register'],
      ['Enter / F2', 'Edit the chosen cell; Enter saves, Esc cancels'],
      ['Ctrl+1 … Ctrl+8', 'Go to Home, Register and the other pages (desktop app)'],
      ['F1', 'Open this help (desktop app)'],
    ],
  },
  data: {
    title: 'Keeping the data safe',
    text: 'Every save is written to the database file at once; a backup is taken every day and kept for the days set, and Settings → Data backs up or restores by hand (a backup is checked first and the current file kept aside). The database cannot live on a network drive or shared folder (use the team edition to share); exports and backups may go there.',
  },
};

i18n.addResourceBundle('zh', 'help', zh, true, true);
i18n.addResourceBundle('en', 'help', en, true, true);
