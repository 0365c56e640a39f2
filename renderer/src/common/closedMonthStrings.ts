/** Strings of the closed-month picker shared by 项目台账 and 投资汇总 (namespace `closedMonth`). */
import i18n from '../i18n';

export const zh = {
  label: '数据',
  current: '当前',
  option: '{{label}} 月结',
  banner: '正在查看 {{label}} 月结数据（只读）：截至 {{asOf}}，{{at}} 由 {{actor}} 月结。',
  back: '回到当前数据',
};

export const en: typeof zh = {
  label: 'Data',
  current: 'Current',
  option: '{{label}} closing',
  banner: 'Viewing the {{label}} closing (read-only): as of {{asOf}}, closed {{at}} by {{actor}}.',
  back: 'Back to current data',
};

i18n.addResourceBundle('zh', 'closedMonth', zh, true, true);
i18n.addResourceBundle('en', 'closedMonth', en, true, true);
