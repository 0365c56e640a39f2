/** Strings of 月度调度, registered under the `monthly` namespace. Each panel adds its own keys under its section. */
import i18n from '../i18n';

export const zh = {
  title: '月度调度',
  intro: '每月向街道、部门下发填报模板并回收合并，月结后与上月比较，督办影响项目推进的卡点。',
  sections: { rounds: '下发与回收', close: '月结与比上月', problems: '督办清单' },
  pending: '该部分尚在建设中。',
};

export const en: typeof zh = {
  title: 'Monthly',
  intro: 'Send each street and department its monthly fill-in template and merge the returns, close the month and compare it with the last, and chase the problems holding projects up.',
  sections: { rounds: 'Send & collect', close: 'Close & compare', problems: 'Problem list' },
  pending: 'This part is still being built.',
};

i18n.addResourceBundle('zh', 'monthly', zh, true, true);
i18n.addResourceBundle('en', 'monthly', en, true, true);
