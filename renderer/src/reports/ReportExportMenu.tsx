/**
 * 导出报表 from a view that shows a set of projects (the register after its search, filters, saved
 * view and slice): the 推进情况表 or 节点计划表 of exactly those projects, 1–N月 of this month, in the
 * screen unit, saved like the 报表 view saves it.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitName, type DisplayUnit } from '../../../shared/domain/money';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import { Popover } from '../common/Popover';
import { base64ToBytes, downloadBytes } from './download';
import './strings';
import './reports.css';

const REPORTS = ['progress', 'nodes'] as const;

interface Props {
  /** Read at the moment of export, so it is exactly the projects shown then. */
  collectIds: () => number[];
  /** How many projects are shown now, for the menu's heading. */
  count: number;
  /** The screen unit: the report is in the same one. */
  unit: DisplayUnit;
  align?: 'left' | 'right';
}

export function ReportExportMenu({ collectIds, count, unit, align = 'right' }: Props) {
  const { t, i18n } = useTranslation('reports');
  const [error, setError] = useState<string | null>(null);
  const save = async (report: (typeof REPORTS)[number]) => {
    setError(null);
    const projectIds = collectIds();
    if (projectIds.length === 0) {
      setError(t('reportMenu.none'));
      return;
    }
    try {
      // The service's clock decides the current month, as the 报表 view's default does.
      const { reportingMonth } = await api('data.info', {});
      const file = await api('reports.export', { report, month: reportingMonth, unit, filter: { projectIds } });
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
    } catch (err) {
      setError(t('reportMenu.failed', { message: errorText(err, i18n.resolvedLanguage === 'en') }));
    }
  };
  return (
    <>
      <Popover label={t('reportMenu.button')} align={align} className="csv-export report-export">
        {(close) => (
          <div className="menu" role="menu" aria-label={t('reportMenu.button')}>
            <div className="menu-heading">{t('reportMenu.heading', { count, unit: unitName(unit, i18n.resolvedLanguage === 'en' ? 'en' : 'zh') })}</div>
            {REPORTS.map((report) => (
              <button key={report} type="button" role="menuitem" className="menu-item" onClick={() => { close(); void save(report); }}>
                {t(`reportMenu.${report}`)}
              </button>
            ))}
          </div>
        )}
      </Popover>
      {error && <span className="csv-export-error" role="alert">{error}</span>}
    </>
  );
}
