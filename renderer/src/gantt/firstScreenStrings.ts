/** Strings of 进度甘特's first screen while the rest of the filtered register arrives (`ganttFirstScreen` namespace). */
import i18n from '../i18n';

export const zh = {
  rest: '已显示前 {{shown}} 个项目，正在载入其余项目…',
};

export const en: typeof zh = {
  rest: 'Showing the first {{shown}} projects; loading the rest…',
};

i18n.addResourceBundle('zh', 'ganttFirstScreen', zh, true, true);
i18n.addResourceBundle('en', 'ganttFirstScreen', en, true, true);
