/**
 * Recognising our own reports when they come back to 导入. The 推进情况表 is a project list (a row
 * per project, 项目编号 at the right) and imports; the 项目节点计划表 (a row per node), the 挂图作战图
 * (a wall chart in month cells) and the 投资汇总表 (rollups) are not, and are refused with a
 * sentence saying what to import instead. A report is known by the mark in its document
 * properties or, after a re-save that lost it, by its title line — and in both cases by the
 * columns only that report has, so a stray title or mark alone decides nothing.
 */

import { REPORT_IDS, REPORT_TITLES, type ReportId } from '../reports/reportIds';
import { reportIdFromMarker } from '../reports/reportMarker';
import type { TableLayout } from './table';

const squeeze = (s: string) => s.replace(/[\s\u3000]/g, '');

/** The columns that tell each report's table apart. */
const SIGNATURES: Record<ReportId, (headers: string[]) => boolean> = {
  progress: (h) => h.includes('项目名称') && h.includes('总投资'),
  nodes: (h) => h.includes('节点') && h.includes('计划完成'),
  // Month columns 1月 … 12月 (the current one reads "11月▼本月").
  gantt: (h) => h.filter((x) => /^\d{1,2}月/.test(x)).length >= 6,
  summary: (h) => h.includes('项目数（个）') || h.includes('占总投资比重'),
  changes: (h) => h.includes('变化') && h.includes('说明'),
};

export function recogniseReport(layout: TableLayout, documentKeywords: string): ReportId | undefined {
  const headers = layout.headers.map(squeeze);
  const marked = reportIdFromMarker(documentKeywords);
  if (marked && SIGNATURES[marked](headers)) return marked;
  const title = layout.preamble.map(squeeze).join(' ');
  return REPORT_IDS.find((id) => title.includes(REPORT_TITLES[id]) && SIGNATURES[id](headers));
}

const INSTEAD = '请改为导入“重大项目推进情况表”，或“报表”页导出的项目清单 CSV（二者每行一个项目，带项目编号）。';
const INSTEAD_EN = 'Import the Project progress report or the project list CSV from Reports instead: a row per project, with its code.';

/** Why a report cannot be imported as a project list, or undefined for one that can. */
export function reportRefusal(id: ReportId, fileName: string): { message: string; messageEn: string } | undefined {
  switch (id) {
    case 'progress':
      return undefined;
    case 'nodes':
      return {
        message: `「${fileName}」是本系统导出的项目节点计划表：每行是一个节点，不是一个项目，不能作为项目清单导入，节点日期也不会从它读回。${INSTEAD}`,
        messageEn: `"${fileName}" is a Node schedule report exported by this app: a row per node, not a project list, so it cannot be imported. ${INSTEAD_EN}`,
      };
    case 'gantt':
      return {
        message: `「${fileName}」是本系统导出的挂图作战图：按月份着色的进度图，不是项目清单，不能导入。${INSTEAD}`,
        messageEn: `"${fileName}" is a Battle map report exported by this app, not a project list; it cannot be imported. ${INSTEAD_EN}`,
      };
    case 'summary':
      return {
        message: `这是投资汇总表，不是项目清单：「${fileName}」只有按产业链、区域等汇总的数字，没有逐个项目，不能导入。${INSTEAD}`,
        messageEn: `"${fileName}" is an Investment summary report, not a project list: it holds sums by chain, area and so on, not projects. ${INSTEAD_EN}`,
      };
    case 'changes':
      return {
        message: `「${fileName}」是本系统导出的比上月变化表：列的是两次月结之间的变化，不是项目清单，不能导入。${INSTEAD}`,
        messageEn: `"${fileName}" is a changes report (changes since the last closed month) exported by this app, not a project list; it cannot be imported. ${INSTEAD_EN}`,
      };
  }
}
