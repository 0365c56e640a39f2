/** AG Grid's own texts (overlays, filter menus) in the UI language. */
import type { Language } from '../i18n';
import { en } from '../i18n/en';
import { zh } from '../i18n/zh';

export function gridLocaleText(language: Language): Record<string, string> {
  return { ...(language === 'en' ? en.grid : zh.grid) };
}
