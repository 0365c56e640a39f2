/** Strings of the 打印 button shared by the views that print (namespace `print`). */
import i18n from '../i18n';

export const zh = {
  button: '打印',
  title: '打印本页（A4 横向）；也可按 Ctrl+P',
};

export const en: typeof zh = {
  button: 'Print',
  title: 'Print this page (A4 landscape); Ctrl+P also works',
};

i18n.addResourceBundle('zh', 'print', zh, true, true);
i18n.addResourceBundle('en', 'print', en, true, true);
