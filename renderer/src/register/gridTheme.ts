/** The register's AG Grid look: Quartz, calm and light, with a Chinese font stack. */
import { themeQuartz } from 'ag-grid-community';

export const CHINESE_FONTS = ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'sans-serif'];

export const registerTheme = themeQuartz.withParams({
  fontFamily: CHINESE_FONTS,
  fontSize: 13,
  headerFontSize: 13,
  headerFontWeight: 600,
  headerTextColor: '#3a4556',
  headerBackgroundColor: '#f4f6f9',
  foregroundColor: '#1f2937',
  backgroundColor: '#ffffff',
  borderColor: '#e3e7ed',
  rowBorder: { color: '#eef1f5' },
  columnBorder: false,
  headerColumnBorder: { color: '#e3e7ed' },
  oddRowBackgroundColor: '#fafbfd',
  rowHoverColor: '#f0f5fd',
  selectedRowBackgroundColor: '#e6effc',
  accentColor: '#1f5fbf',
  // Compact, as in a spreadsheet: about 16 rows at 1366×768.
  rowHeight: 32,
  headerHeight: 36,
  wrapperBorderRadius: 8,
  borderRadius: 4,
  cellHorizontalPadding: 10,
  pinnedRowBackgroundColor: '#f4f6f9',
  pinnedRowFontWeight: 600,
  pinnedRowBorder: { color: '#cfd6e0', width: 1 },
  browserColorScheme: 'light',
});
