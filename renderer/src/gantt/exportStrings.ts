/** Strings of 导出图片 (whole filtered set, title naming the filter), merged into the `gantt` namespace. */
import i18n from '../i18n';

export const zh = {
  png: {
    filterPart: '{{what}}={{value}}',
    searchPart: '搜索“{{text}}”',
    countPart: '{{count}}个项目',
    pagePart: '第{{index}}/{{of}}页',
    file: '重大项目进度甘特图_{{date}}{{page}}.png',
    filePage: '_第{{index}}页',
    exporting: '正在生成图片…',
    failed: '导出图片失败：{{message}}',
    manyPages: '所示 {{count}} 个项目将分为 {{pages}} 张图片（每张最多 {{rows}} 行），依次保存。继续吗？\n（整表打印请用「打印挂图」。）',
  },
  exportPngTitle: '把所示的全部项目（按当前筛选、分组和时间范围）存为 PNG 图片，可插入汇报材料',
};

export const en = {
  png: {
    filterPart: '{{what}} = {{value}}',
    searchPart: 'search “{{text}}”',
    countPart: '{{count}} projects',
    pagePart: 'page {{index}} of {{of}}',
    file: 'major-projects-gantt_{{date}}{{page}}.png',
    filePage: '_p{{index}}',
    exporting: 'Making the image…',
    failed: 'Could not save the image: {{message}}',
    manyPages: 'The {{count}} projects shown go into {{pages}} images (at most {{rows}} rows each), saved one after another. Continue?\n(To print the whole chart use Print wall chart.)',
  },
  exportPngTitle: 'Save every project shown (current filters, grouping and time window) as a PNG image for slides',
};

i18n.addResourceBundle('zh', 'gantt', zh, true, true);
i18n.addResourceBundle('en', 'gantt', en, true, true);
