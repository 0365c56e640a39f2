/**
 * Strings of the register's layout work (namespace `registerLayout`): group rows with subtotals
 * under their columns, the checklist filters, the 更多 menu of a narrow toolbar, and 打印.
 */
import i18n from '../i18n';
import type { SameKeys } from '../i18n/sameKeys';

export const zh = {
  group: {
    count: '{{count}} 个项目',
    rate: '完成率 {{rate}}',
    subtotalOf: '{{key}} 小计',
    collapse: '折叠该组',
    expand: '展开该组',
  },
  filter: {
    search: '搜索',
    searchLabel: '在筛选值中搜索',
    all: '全选',
    blank: '（空白）',
    none: '没有符合的值',
    ok: '确定',
    clear: '清除筛选',
    countTitle: '在其他筛选条件下有 {{count}} 个项目',
  },
  more: '更多',
  print: {
    title: '打印当前台账：筛选出的全部项目，A4 横向',
    heading: '项目台账',
    meta: '共 {{count}} 个项目 · 金额单位：{{unit}} · 打印于 {{date}}',
    filtered: '已筛选（共 {{total}} 个项目）',
    closedMonth: '{{month}}月结数据',
  },
};

export const en: SameKeys<typeof zh> = {
  group: {
    count: '{{count}} projects',
    rate: 'done {{rate}}',
    subtotalOf: '{{key}} subtotal',
    collapse: 'Fold this group',
    expand: 'Open this group',
  },
  filter: {
    search: 'Search',
    searchLabel: 'Search the values',
    all: 'Select all',
    blank: '(Blanks)',
    none: 'No matching values',
    ok: 'OK',
    clear: 'Clear filter',
    countTitle: '{{count}} projects under the other filters',
  },
  more: 'More',
  print: {
    title: 'Print the register: every project the filters leave, A4 landscape',
    heading: 'Project register',
    meta: '{{count}} projects · amounts in {{unit}} · printed {{date}}',
    filtered: 'filtered (of {{total}} projects)',
    closedMonth: '{{month}} closing',
  },
};

i18n.addResourceBundle('zh', 'registerLayout', zh, true, true);
i18n.addResourceBundle('en', 'registerLayout', en, true, true);
