/**
 * What a user of the English UI reads, and the Chinese left in it once the register's own data is
 * taken out. Text is collected from the DOM as shown: text of visible elements, the values of
 * inputs, the options of visible selects, and the titles, placeholders and labels that show on
 * hover or are read out. Elements declared Chinese with a lang attribute (the 中文 switch, a report's
 * Chinese file name) are left out; nothing else is.
 */
import type { Page } from 'playwright-core';

/** Han characters and the Chinese punctuation an English text would never keep (full-width symbols such as ＋, and curly quotes, are not Chinese). */
const CHINESE = /[\p{Script=Han}（）：，、「」『』。；！？【】《》〈〉]/u;

export interface Leak {
  text: string;
  /** What is left once the data is taken out: the Chinese that is the app's own. */
  left: string;
}

/** Every piece of text on the page a user can read or hear, with where it came from. */
export async function visibleTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [document.title];
    const chinese = (el: Element) => !!el.closest('[lang^="zh"]');
    const shown = (el: Element) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!parent || !text || chinese(parent) || parent.closest('script, style')) continue;
      if (parent.closest('option')) continue; // options are read from their select below
      if (shown(parent)) out.push(text);
    }
    for (const el of document.body.querySelectorAll('*')) {
      if (chinese(el) || !shown(el)) continue;
      for (const attr of ['title', 'placeholder', 'aria-label', 'alt']) {
        const value = el.getAttribute(attr)?.trim();
        if (value) out.push(value);
      }
      if ((el instanceof HTMLInputElement && !['checkbox', 'radio', 'file', 'hidden'].includes(el.type)) || el instanceof HTMLTextAreaElement) {
        if (el.value.trim()) out.push(el.value.trim());
      }
      if (el instanceof HTMLSelectElement) for (const option of el.options) if (option.text.trim()) out.push(option.text.trim());
    }
    return out;
  });
}

/**
 * The texts with Chinese left in them once every data string is taken out (longest first, so a
 * name is taken whole before a shorter value inside it). A leak hides only if it is made entirely
 * of data, so the data must not hold the app's own words (see assertNoAppWords).
 */
export function chineseLeaks(texts: readonly string[], data: Iterable<string>): Leak[] {
  const strings = [...new Set([...data].map((d) => d.trim()).filter((d) => CHINESE.test(d)))].sort((a, b) => b.length - a.length);
  const leaks: Leak[] = [];
  for (const text of new Set(texts)) {
    if (!CHINESE.test(text)) continue;
    let left = text;
    for (const d of strings) if (left.includes(d)) left = left.split(d).join(' ');
    if (CHINESE.test(left)) leaks.push({ text, left: left.replace(/\s+/g, ' ').trim() });
  }
  return leaks;
}

/** The app's own Chinese words that must never be taken for data (they would hide their own leak). */
export const APP_WORDS = [
  '在谈', '已签约', '在建', '已竣工', '已投产', '已达产', '停滞', '终止', '逾期', '预警', '完成滞后', '进行中', '未开始',
  '未填', '全部完成', '合计', '小计', '万元', '亿元', '亩', '未签约',
];

export function assertNoAppWords(data: Iterable<string>): void {
  const bad = [...data].filter((d) => APP_WORDS.includes(d.trim()));
  if (bad.length) throw new Error(`data strings that are the app's own words: ${bad.join(', ')}`);
}
