/** 打印挂图: the 挂图作战图 report (A3 landscape, months as columns) of exactly the projects the Gantt shows. */
import { api } from '../api/client';
import { base64ToBytes, downloadBytes } from '../reports/download';
import type { DisplayUnit } from '../../../shared/domain/money';
import { REPORT_GROUPINGS, type ReportGrouping } from '../../../shared/reports/reportIds';
import type { GanttGroup } from './ganttRows';

interface Options {
  projectIds: number[];
  today: string;
  /** The screen unit: the report is in the same one. */
  unit: DisplayUnit;
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
    unit,
    ...(by ? { by } : {}),
    filter: { projectIds },
  });
  downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
}
