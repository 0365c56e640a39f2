/**
 * 导出 CSV for any table on screen: the view hands over what it shows (header and rows, in the
 * order shown), the service encodes it (UTF-8 with BOM by default, GB18030 on request) and the
 * file is saved as a download. The formula guard is applied by the shared CSV writer.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CsvEncoding } from '../../../shared/api/reports';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import { Popover } from '../common/Popover';
import { base64ToBytes, downloadBytes } from './download';
import './strings';
import './reports.css';

export interface ShownTable {
  header: string[];
  rows: Array<Array<string | number | null>>;
}

interface Props {
  /** The view's name, the start of the suggested file name (e.g. 项目台账). */
  title: string;
  /** Read at the moment of export, so it is exactly what the table shows then. */
  collect: () => ShownTable;
  align?: 'left' | 'right';
  /** A narrow "CSV" button (its tooltip says 导出 CSV) for card headers with little room. */
  compact?: boolean;
}

export function CsvExportMenu({ title, collect, align = 'right', compact = false }: Props) {
  const { t, i18n } = useTranslation('reports');
  const [error, setError] = useState<string | null>(null);
  const save = async (encoding: CsvEncoding) => {
    setError(null);
    try {
      const file = await api('reports.csv', { title, encoding, ...collect() });
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
    } catch (err) {
      setError(t('csvMenu.failed', { message: errorText(err, i18n.resolvedLanguage === 'en') }));
    }
  };
  return (
    <>
      <Popover label={compact ? 'CSV' : t('csvMenu.button')} title={t('csvMenu.button')} align={align} className={compact ? 'csv-export csv-export-compact' : 'csv-export'}>
        {(close) => (
          <div className="menu" role="menu" aria-label={t('csvMenu.button')}>
            <div className="menu-heading">{t('csvMenu.heading')}</div>
            {(['utf8-bom', 'gb18030'] as const).map((encoding) => (
              <button key={encoding} type="button" role="menuitem" className="menu-item" onClick={() => { close(); void save(encoding); }}>
                {t(encoding === 'utf8-bom' ? 'csvMenu.utf8' : 'csvMenu.gb18030')}
              </button>
            ))}
          </div>
        )}
      </Popover>
      {error && <span className="csv-export-error" role="alert">{error}</span>}
    </>
  );
}
