/** Strings of the register's first screen while the rest of the register arrives (`registerLoading` namespace). */
import i18n from '../i18n';

export const zh = {
  rest: '已显示前 {{shown}} 个项目，正在载入全部 {{count}} 个…',
};

export const en = {
  rest: 'Showing the first {{shown}} projects; loading all {{count}}…',
};

i18n.addResourceBundle('zh', 'registerLoading', zh, true, true);
i18n.addResourceBundle('en', 'registerLoading', en, true, true);
