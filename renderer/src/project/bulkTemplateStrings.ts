/** Strings of 按模板批量生成节点 (namespace `bulkTemplate`), registered with i18next at load. */
import type { SameKeys } from '../i18n/sameKeys';
import i18n from '../i18n';

export const zh = {
  offer: '为 {{count}} 个新项目按模板生成节点',
  selection: '按模板生成节点',
  title: '按模板生成节点（{{count}} 个项目）',
  template: '节点模板',
  how: '各项目从自己的签约日期排起；没有签约日期的，按计划开工对齐「开工」节点；两者都没有的跳过。已有节点的项目不改动。有签约日期的项目，「签约」节点记为当日已完成。',
  apply: '生成',
  cancel: '取消',
  close: '关闭',
  applied: '已为 {{count}} 个项目生成节点',
  withNodes: '已有节点，未改动：{{count}} 个',
  skipped: '跳过 {{count}} 个：',
  fromSignedOn: '自签约日期 {{start}}',
  fromPlannedStart: '按计划开工（排程自 {{start}}）',
  nothing: '没有项目需要生成节点',
  undo: '撤销本次生成',
  undone: '已撤销：删除了 {{projects}} 个项目的 {{nodes}} 个节点',
};

export const en: SameKeys<typeof zh> = {
  offer: 'Schedule {{count}} new projects from a template',
  selection: 'Schedule from template',
  title: 'Schedule from a template ({{count}} projects)',
  template: 'Node template',
  how: 'Each project starts from its own signing date; without one, the 开工 node is placed on its planned start; with neither it is skipped. Projects that already have nodes are left alone. A project with a signing date gets its 签约 node done on that day.',
  apply: 'Generate',
  cancel: 'Cancel',
  close: 'Close',
  applied: 'Scheduled {{count}} projects',
  withNodes: 'Already had nodes, left alone: {{count}}',
  skipped: 'Skipped {{count}}:',
  fromSignedOn: 'from the signing date {{start}}',
  fromPlannedStart: 'by the planned start (schedule from {{start}})',
  nothing: 'No project needed a schedule',
  undo: 'Undo this',
  undone: 'Undone: removed {{nodes}} nodes from {{projects}} projects',
};

i18n.addResourceBundle('zh', 'bulkTemplate', zh, true, true);
i18n.addResourceBundle('en', 'bulkTemplate', en, true, true);
