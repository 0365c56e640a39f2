/** 打印挂图: the 挂图作战图 report (A3 landscape, months as columns) of exactly the projects the Gantt shows. */
import { api } from '../api/client';
import { base64ToBytes, downloadBytes } from '../reports/download';
import type { MoneyUnit } from '../../../shared/domain/money';
import { REPORT_GROUPINGS, type ReportGrouping } from '../../../shared/reports/reportIds';
import type { GanttGroup } from './ganttRows';

interface Options {
  projectIds: number[];
  today: string;
  unit: MoneyUnit;
  groupBy: GanttGroup | null;
}

function reportGrouping(by: GanttGroup | null): ReportGrouping | undefined {
  return (REPORT_GROUPINGS as readonly string[]).includes(by ?? '') ? (by as ReportGrouping) : undefined;
}

export async function printWallChart({ projectIds, today, unit, groupBy }: Options): Promise<void> {
  const by = reportGrouping(groupBy);
  const file = await api('reports.export', {
    report: 'gantt',
    month: today.slice(0, 7),
    // Reports are in 万元 or 亿元, as leaders read them.
    unit: unit === '亿元' ? '亿元' : '万元',
    ...(by ? { by } : {}),
    filter: { projectIds },
  });
  downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
}
