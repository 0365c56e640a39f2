/**
 * Amounts on screen, one way everywhere: the settings' unit (万元 by default) and decimals, with
 * thousands separators, 未填 / "not given" for an unknown amount, the unit named in the UI's
 * language (万元 / CNY 10k). Views read the settings once and format through a Money.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/types';
import { MU_NAME, formatDisplayAmount, unitName, type AmountDisplay } from '../../../shared/domain/money';
import { displayKnownAmount } from '../../../shared/domain/unknownAmounts';
import { amountEditText } from './fieldInput';
import { useApiQuery } from './useApiQuery';

export interface Money {
  display: AmountDisplay;
  en: boolean;
  /** "1,390,000.00", or 未填 / "not given" for null. */
  amount(yuan: number | null): string;
  /** A sum that is never unknown (1–N月完成): "1,234.50". */
  sum(yuan: number): string;
  /** To the 元, for figures checked against a file or edited: the screen's decimals and any further digit ("12,345.6789"). */
  exact(yuan: number): string;
  /** An amount followed by its unit, as a sentence carries it: 62,400.00万元 / 62,400.00 CNY 10k. */
  withUnit(yuan: number | null): string;
  /** The unit in words: 万元 / CNY 10k. */
  unit: string;
  /** 亩 / mu. */
  mu: string;
}

export const DEFAULT_DISPLAY: AmountDisplay = { unit: DEFAULT_SETTINGS.displayUnit, decimals: DEFAULT_SETTINGS.displayDecimals };

export function displayOf(settings: Pick<Settings, 'displayUnit' | 'displayDecimals'>): AmountDisplay {
  return { unit: settings.displayUnit, decimals: settings.displayDecimals };
}

export function moneyFor(display: AmountDisplay, en: boolean): Money {
  const lang = en ? 'en' : 'zh';
  return {
    display,
    en,
    amount: (yuan) => displayKnownAmount(yuan, display, lang),
    sum: (yuan) => formatDisplayAmount(yuan, display),
    exact: (yuan) => amountEditText(yuan, display),
    withUnit: (yuan) => (yuan === null ? displayKnownAmount(null, display, lang) : `${formatDisplayAmount(yuan, display)}${en ? ' ' : ''}${unitName(display.unit, lang)}`),
    unit: unitName(display.unit, lang),
    mu: MU_NAME[lang],
  };
}

/** A Money in the UI's current language (re-rendered when it switches). */
export function useMoney(display: AmountDisplay): Money {
  const { i18n } = useTranslation();
  const en = i18n.resolvedLanguage === 'en';
  const { unit, decimals } = display;
  return useMemo(() => moneyFor({ unit, decimals }, en), [unit, decimals, en]);
}

/** A Money from the register's settings, for views that do not load them otherwise (the default until they arrive). */
export function useScreenMoney(): Money {
  const [settings] = useApiQuery('settings.get', {});
  return useMoney(settings.status === 'ok' ? displayOf(settings.data) : DEFAULT_DISPLAY);
}
