/** The reports the app produces (DESIGN.md, Excel reports) and the choices each takes. */

export const REPORT_IDS = ['progress', 'nodes', 'summary', 'gantt', 'changes'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export const REPORT_TITLES: Record<ReportId, string> = {
  progress: '重大项目推进情况表',
  nodes: '项目节点计划表',
  summary: '投资汇总表',
  gantt: '挂图作战图',
  changes: '重大项目比上月变化表',
};

export const REPORT_UNITS = ['万元', '亿元'] as const;
export type ReportUnit = (typeof REPORT_UNITS)[number];

/** Dimensions a report may be grouped by (subtotal rows per group). */
export const REPORT_GROUPINGS = ['chain', 'area', 'stage', 'level'] as const;
export type ReportGrouping = (typeof REPORT_GROUPINGS)[number];

/** Finds a report by its id or its Chinese title (the CLI accepts both). */
export function reportIdOf(text: string): ReportId | undefined {
  if ((REPORT_IDS as readonly string[]).includes(text)) return text as ReportId;
  return REPORT_IDS.find((id) => REPORT_TITLES[id] === text);
}
