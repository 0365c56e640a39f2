/**
 * On a team server the language is each person's (kept in this browser), not the office's
 * setting: a 只读 leader switching to English changes nothing for the others.
 */
import i18n, { type Language } from '../i18n';

const KEY = 'ledger.language';

export function storedLanguage(): Language | null {
  const value = localStorage.getItem(KEY);
  return value === 'zh' || value === 'en' ? value : null;
}

export function rememberLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
}

/** The language this browser chose last, if any (before sign-in, and on a team server after). */
export function applyStoredLanguage(): void {
  const stored = storedLanguage();
  if (stored && i18n.resolvedLanguage !== stored) void i18n.changeLanguage(stored);
}
