/** Strings of the register's Excel habits: copy, paste, undo and redo (namespace `excel`). */
import i18n from '../i18n';

export const zh = {
  copied: '已复制 {{count}} 个单元格（{{rows}} 行 × {{cols}} 列），可在 Excel/WPS 中粘贴',
  pasted: '已粘贴 {{count}} 个单元格',
  pastedNone: '没有单元格被修改',
  pastedSome: '已粘贴 {{saved}} 个单元格，{{refused}} 个未粘贴（见标红的格）',
  outside: '，超出表格的 {{count}} 个未粘贴',
  refusedTitle: '{{count}} 个单元格未粘贴',
  readOnlyColumn: '{{column}}：此列由系统计算，不能粘贴',
  closedMonth: '正在查看月结数据（只读），不能粘贴',
  pasting: '正在粘贴…',
  more: '另有 {{count}} 个',
  close: '关闭',
  undone: '已撤销：{{what}}',
  redone: '已恢复：{{what}}',
  nothingToUndo: '没有可撤销的修改',
  nothingToRedo: '没有可恢复的撤销',
  whatPaste: '粘贴（{{count}} 个单元格）',
  whatBulk: '批量设置（{{count}} 项）',
  whatMany: '{{first}} 等 {{count}} 项',
  undoHint: 'Ctrl+Z 撤销',
};

export const en: typeof zh = {
  copied: 'Copied {{count}} cells ({{rows}} rows × {{cols}} columns), ready to paste into Excel/WPS',
  pasted: 'Pasted {{count}} cells',
  pastedNone: 'No cell was changed',
  pastedSome: 'Pasted: {{saved}}; not pasted: {{refused}} (marked red)',
  outside: '; {{count}} beyond the grid not pasted',
  refusedTitle: '{{count}} cells not pasted',
  readOnlyColumn: '{{column}}: computed by the system, cannot be pasted into',
  closedMonth: 'A closed month is read-only: nothing can be pasted',
  pasting: 'Pasting…',
  more: '{{count}} more',
  close: 'Close',
  undone: 'Undone: {{what}}',
  redone: 'Redone: {{what}}',
  nothingToUndo: 'Nothing to undo',
  nothingToRedo: 'Nothing to redo',
  whatPaste: 'paste ({{count}} cells)',
  whatBulk: 'bulk set ({{count}} fields)',
  whatMany: '{{first}} and {{count}} more',
  undoHint: 'Ctrl+Z to undo',
};

i18n.addResourceBundle('zh', 'excel', zh, true, true);
i18n.addResourceBundle('en', 'excel', en, true, true);
