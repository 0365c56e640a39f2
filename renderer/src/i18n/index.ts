/** i18next set up once: Chinese by default, English available; resources are bundled, so init is synchronous. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { zh } from './zh';
import { PLURALS_EN } from './pluralsEn';

export type Language = 'zh' | 'en';

void i18n.use(initReactI18next).init({
  resources: { zh: { translation: zh }, en: { translation: en } },
  lng: 'zh',
  fallbackLng: 'zh',
  supportedLngs: ['zh', 'en'],
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// "1 project", not "1 projects": the English singulars of every namespace (they merge with the
// namespaces' own tables whichever is added first).
for (const [ns, table] of Object.entries(PLURALS_EN)) i18n.addResourceBundle('en', ns, table, true, true);

/** Keeps `<html lang>` in step so the browser picks CJK glyphs and hyphenation correctly. */
i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng === 'en' ? 'en' : 'zh-CN';
});

export function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
}

export default i18n;
