/** Strings of Delete, Ctrl+X and Ctrl+D on a register range (namespace `excel`, merged into excelStrings'). */
import i18n from '../i18n';

export const zh = {
  cleared: '已清除 {{count}} 个单元格',
  cut: '已剪切 {{count}} 个单元格，可在 Excel/WPS 中粘贴',
  filled: '已向下填充 {{count}} 个单元格',
  clearedSome: '已清除 {{saved}} 个单元格，{{refused}} 个未清除（见标红的格）',
  cutSome: '已剪切 {{saved}} 个单元格，{{refused}} 个未清除（见标红的格）',
  filledSome: '已向下填充 {{saved}} 个单元格，{{refused}} 个未填充（见标红的格）',
  closedMonthEdit: '正在查看月结数据（只读），不能修改',
  nothingEditable: '选中的单元格由系统计算，不能修改',
  fillNoSource: '向下填充：上方没有项目可以照着填',
};

export const en: Record<string, string> = {
  cleared_one: 'Cleared 1 cell',
  cleared: 'Cleared {{count}} cells',
  cut_one: 'Cut 1 cell, ready to paste into Excel/WPS',
  cut: 'Cut {{count}} cells, ready to paste into Excel/WPS',
  filled_one: 'Filled down 1 cell',
  filled: 'Filled down {{count}} cells',
  clearedSome: 'Cleared {{saved}}; {{refused}} not cleared (marked red)',
  cutSome: 'Cut {{saved}}; {{refused}} not cleared (marked red)',
  filledSome: 'Filled down {{saved}}; {{refused}} not filled (marked red)',
  closedMonthEdit: 'A closed month is read-only: nothing can be changed',
  nothingEditable: 'The selected cells are computed by the system and cannot be changed',
  fillNoSource: 'Fill down: there is no project above to copy',
};

i18n.addResourceBundle('zh', 'excel', zh, true, true);
i18n.addResourceBundle('en', 'excel', en, true, true);
