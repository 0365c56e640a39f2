/** Step 3: every row's status, its changes and problems, the totals against the file's own 合计, then commit. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeListName } from '../../../shared/domain/types';
import { AMOUNT_FIELDS } from '../../../shared/import/fields';
import type { FieldChange, PreviewRow, RowStatus } from '../../../shared/import/types';
import { useScreenMoney, type Money } from '../common/money';
import type { ImportWizard } from './useImportWizard';
import { SkippedRows } from './SkippedRows';

const STATUSES: RowStatus[] = ['new', 'update', 'unchanged', 'rejected'];

export function PreviewStep({ wizard }: { wizard: ImportWizard }) {
  const { t, i18n } = useTranslation('import');
  const en = i18n.resolvedLanguage === 'en';
  const money = useScreenMoney();
  const preview = wizard.preview!;
  const { totals } = preview;
  const [filter, setFilter] = useState<RowStatus | 'all'>(totals.byStatus.rejected > 0 ? 'rejected' : 'all');
  const rows = preview.rows.filter((r) => filter === 'all' || r.status === filter);
  const toWrite = totals.byStatus.new + totals.byStatus.update;
  const blocked = totals.byStatus.rejected > 0 && !wizard.skipRejected;
  const fileBlocked = preview.fileIssues.some((i) => i.level === 'error');
  const { mismatch } = totals;
  const totalBlocked = mismatch !== null && !wizard.acceptTotalMismatch;
  return (
    <>
      <section className="import-panel">
        <div className="import-cards">
          <div className="import-card"><span>{t('preview.rows')}</span><strong>{totals.rows}</strong></div>
          {STATUSES.map((s) => (
            <div key={s} className={`import-card status-${s}`}><span>{t(`preview.status.${s}`)}</span><strong>{totals.byStatus[s]}</strong></div>
          ))}
          <div className="import-card wide">
            <span>{t('preview.total')}</span>
            <strong>{money.exact(totals.totalInvestment)} <small>{money.unit}</small></strong>
            {totals.totalUnknown > 0 && <em className="warn">{t('preview.totalUnknown', { count: totals.totalUnknown })}</em>}
            <em className={totals.fileTotal === null ? '' : mismatch ? 'warn' : 'ok'}>
              {totals.fileTotal === null ? t('preview.noFileTotal') : mismatch ? `⚠ ${t('preview.differs')}` : `✓ ${t('preview.matches')}${t('preview.fileTotalSays', { label: t('preview.fileTotal'), amount: money.exact(totals.fileTotal), unit: money.unit })}`}
            </em>
          </div>
        </div>
        {mismatch && <p className="import-error inline import-mismatch" role="alert">{en ? mismatch.messageEn : mismatch.message}</p>}
        <SkippedRows rows={preview.inspection.skippedRows} />
        {preview.fileIssues.map((i, n) => <p key={n} className={i.level === 'error' ? 'import-error inline' : 'import-note'}>{en ? i.messageEn : i.message}</p>)}
        {preview.unknownCodes.length > 0 && (
          <div className="import-codes">
            <p>{t('preview.unknownTitle')}</p>
            {preview.unknownCodes.map((u) => (
              <label key={`${u.list}:${u.value}`} className="import-check">
                <input type="checkbox" checked={wizard.addCodes.some((c) => c.list === u.list && c.value === u.value)} onChange={() => wizard.toggleCode({ list: u.list as CodeListName, value: u.value })} />
                {t('preview.unknownItem', { list: t(`lists.${u.list}`), value: u.value, lines: u.lines.slice(0, 8).join(t('preview.listSep')) + (u.lines.length > 8 ? '…' : '') })}
              </label>
            ))}
          </div>
        )}
      </section>
      <section className="import-panel import-grow">
        <div className="import-tabs" role="tablist">
          {(['all', ...STATUSES] as const).map((s) => (
            <button key={s} type="button" role="tab" aria-selected={filter === s} className={filter === s ? 'active' : ''} onClick={() => setFilter(s)}>
              {s === 'all' ? t('preview.all') : t(`preview.status.${s}`)} {s === 'all' ? totals.rows : totals.byStatus[s]}
            </button>
          ))}
        </div>
        <div className="import-scroll">
          <table className="import-table preview">
            <thead><tr><th className="num">{t('preview.line')}</th><th>{t('preview.state')}</th><th>{t('preview.name')}</th><th>{t('preview.company')}</th><th className="num">{t('preview.amount', { unit: money.unit })}</th><th>{t('preview.detail')}</th></tr></thead>
            <tbody>{rows.map((r) => <Row key={r.line} row={r} en={en} money={money} />)}</tbody>
          </table>
          {preview.rowsOmitted > 0 && <p className="import-muted">{t('preview.omitted', { count: preview.rowsOmitted })}</p>}
        </div>
      </section>
      <section className="import-panel import-footer">
        {totals.byStatus.rejected > 0 && (
          <>
            <label className="import-check"><input type="checkbox" checked={wizard.skipRejected} onChange={(e) => wizard.setSkipRejected(e.target.checked)} />{t('preview.skipRejected', { count: totals.byStatus.rejected })}</label>
            {blocked && <span className="import-warn">{t('preview.blocked', { count: totals.byStatus.rejected })}</span>}
          </>
        )}
        {mismatch && (
          <>
            <label className="import-check"><input type="checkbox" checked={wizard.acceptTotalMismatch} onChange={(e) => wizard.setAcceptTotalMismatch(e.target.checked)} />{t('preview.acceptMismatch')}</label>
            {totalBlocked && <span className="import-warn">{t('preview.mismatchBlocked')}</span>}
          </>
        )}
        <div className="import-actions">
          <button type="button" className="button-secondary" onClick={() => wizard.setStep('mapping')}>{t('preview.back')}</button>
          <button type="button" className="button-primary" disabled={blocked || fileBlocked || totalBlocked || toWrite === 0 || wizard.busy !== null} onClick={() => void wizard.commit()}>
            {toWrite === 0 ? t('preview.nothing') : t('preview.commit', { count: toWrite })}
          </button>
        </div>
      </section>
    </>
  );
}

/** A value of a change as the screen shows amounts: its unit and decimals, exact to the 元. */
function changeText(change: FieldChange, value: FieldChange['beforeValue'], money: Money, empty: string): string {
  if (value === null) return empty;
  if (AMOUNT_FIELDS.has(change.field) && typeof value === 'number') return `${money.exact(value)} ${money.unit}`;
  return String(value);
}

function Row({ row, en, money }: { row: PreviewRow; en: boolean; money: Money }) {
  const { t } = useTranslation('import');
  const empty = t('preview.empty');
  return (
    <tr className={`status-${row.status}`}>
      <td className="num">{row.line}</td>
      <td><span className={`tag status-${row.status}`}>{t(`preview.status.${row.status}`)}</span></td>
      <td>{row.name}<div className="import-muted small">{row.code}</div></td>
      <td>{row.company}</td>
      <td className="num">{row.totalInvestment === null ? t('preview.unknownAmount') : money.exact(row.totalInvestment)}</td>
      <td className="import-detail">
        {row.changes.map((c) => (
          <div key={c.field} className="import-change">{t(`fields.${c.field}`)}{t('preview.sep')}<del>{changeText(c, c.beforeValue, money, empty)}</del> → <ins>{changeText(c, c.afterValue, money, empty)}</ins></div>
        ))}
        {row.issues.map((i, n) => <div key={n} className={`import-issue ${i.level}`}>{en ? i.messageEn : i.message}</div>)}
      </td>
    </tr>
  );
}
