/** What was read from the file: format, encoding, delimiter, sheet (each changeable), header rows and skipped rows. */
import { useTranslation } from 'react-i18next';
import type { ImportDelimiter, ImportEncodingChoice } from '../../../shared/import/types';
import { unitName } from '../../../shared/domain/money';
import type { ImportWizard } from './useImportWizard';
import { SkippedRows } from './SkippedRows';

const DELIMITERS: Array<[ImportDelimiter, string]> = [[',', 'read.comma'], ['\t', 'read.tab'], [';', 'read.semicolon'], ['|', 'read.pipe']];

export function ReadSettings({ wizard }: { wizard: ImportWizard }) {
  const { t, i18n } = useTranslation('import');
  const ins = wizard.inspection!;
  return (
    <section className="import-panel import-read" aria-label={t('read.title')}>
      <div className="import-read-row">
        <strong className="import-file-name" title={ins.fileName}>{ins.fileName}</strong>
        <span className="tag">{ins.format === 'xlsx' ? 'Excel .xlsx' : 'CSV'}</span>
        <span className="import-muted">{(ins.sizeBytes / 1024).toFixed(0)} KB</span>
        {ins.format === 'csv' && (
          <>
            {/* UTF-16 comes from its BOM (Excel's Unicode 文本) and is certain: shown, not offered for switching. */}
            {ins.encoding === 'utf-16le' || ins.encoding === 'utf-16be' ? (
              <span className="tag">{t('read.encoding')} {ins.encoding === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}</span>
            ) : (
              <label>{t('read.encoding')}
                <select value={ins.encoding ?? 'utf-8'} onChange={(e) => wizard.changeChoice({ ...wizard.choice, encoding: e.target.value as ImportEncodingChoice })}>
                  <option value="utf-8">UTF-8</option>
                  <option value="gb18030">GB18030 / GBK</option>
                </select>
              </label>
            )}
            <label>{t('read.delimiter')}
              <select value={ins.delimiter ?? ','} onChange={(e) => wizard.changeChoice({ ...wizard.choice, delimiter: e.target.value as ImportDelimiter })}>
                {DELIMITERS.map(([d, key]) => <option key={key} value={d}>{t(key)}</option>)}
              </select>
            </label>
          </>
        )}
        {ins.sheets.length > 1 && (
          <label>{t('read.sheet')}
            <select value={ins.sheet ?? ''} onChange={(e) => wizard.changeChoice({ sheet: e.target.value })}>
              {ins.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
            </select>
          </label>
        )}
        <button type="button" className="button-secondary small" onClick={wizard.restart}>{t('read.changeFile')}</button>
      </div>
      <div className="import-read-facts">
        <span>{t('read.headerAt', { lines: ins.headerLines.join(t('preview.listSep')) })}</span>
        <span>{t('read.dataRows', { count: ins.dataRows })}</span>
        {ins.tableUnit && <span>{t('read.unitLine', { unit: unitName(ins.tableUnit, i18n.resolvedLanguage === 'en' ? 'en' : 'zh') })}</span>}
        {ins.preamble.length > 0 && <span className="import-muted">{t('read.preamble', { text: ins.preamble.join(' ｜ ') })}</span>}
      </div>
      <SkippedRows rows={ins.skippedRows} />
    </section>
  );
}
