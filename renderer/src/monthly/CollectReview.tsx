/** One returned file before it is merged: per project what changes (register → returned), what looks wrong, what is refused. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectFlag, CollectPreview, CollectRow } from '../../../shared/rounds/types';

interface Props {
  preview: CollectPreview;
  /** Files still waiting after this one. */
  queued: number;
  busy: boolean;
  onMerge: () => void;
  onSkip: () => void;
}

function FlagLine({ flag, en }: { flag: CollectFlag; en: boolean }) {
  const { t } = useTranslation('monthly');
  return (
    <li className={`rounds-flag ${flag.level}`}>
      <span className={`rounds-tag ${flag.level}`}>{t(`rounds.review.levels.${flag.level}`)}</span> {en ? flag.messageEn : flag.message}
    </li>
  );
}

function RowView({ row, en }: { row: CollectRow; en: boolean }) {
  const { t } = useTranslation('monthly');
  return (
    <tr className={`rounds-row ${row.status}`}>
      <td>
        <div className="rounds-code">{row.code}</div>
        <div>{row.name}</div>
      </td>
      <td>
        {row.changes.length > 0 && (
          <ul className="rounds-changes">
            {row.changes.map((c) => (
              <li key={c.field}>
                <span className="rounds-label">{en ? c.labelEn : c.label}</span>{' '}
                <span className="rounds-before">{c.before || t('rounds.review.emptyValue')}</span>
                <span aria-hidden="true"> → </span>
                <span className="rounds-after">{c.after}</span>
              </li>
            ))}
          </ul>
        )}
        {row.flags.length > 0 && <ul className="rounds-flags">{row.flags.map((f, i) => <FlagLine key={i} flag={f} en={en} />)}</ul>}
      </td>
    </tr>
  );
}

export function CollectReview({ preview, queued, busy, onMerge, onSkip }: Props) {
  const { t, i18n } = useTranslation('monthly');
  const en = i18n.resolvedLanguage === 'en';
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { template: tpl, counts } = preview;
  const shown = preview.rows.filter((r) => showUnchanged || r.status !== 'unchanged' || r.flags.length > 0);
  const unchanged = preview.rows.filter((r) => r.status === 'unchanged' && r.flags.length === 0).length;
  const month = en ? tpl.month : `${tpl.month.slice(0, 4)}年${Number(tpl.month.slice(5, 7))}月`;
  return (
    <section className="rounds-review" aria-label={t('rounds.review.title', { file: preview.fileName })}>
      <h4>
        {t('rounds.review.title', { file: preview.fileName })}
        {queued > 0 && <span className="rounds-muted">{t('rounds.review.queue', { count: queued })}</span>}
      </h4>
      <p className="rounds-muted">
        {t('rounds.review.meta', { unit: tpl.unit, month, issuedBy: tpl.issuedBy })}
        {preview.reporter && <> · {t('rounds.review.reporter', { name: preview.reporter, phone: preview.phone })}</>}
      </p>
      {preview.refused ? (
        <p className="rounds-error" role="alert">{t('rounds.review.refused')} {en ? preview.refused.messageEn : preview.refused.message}</p>
      ) : (
        <p className="rounds-counts" role="status">{t('rounds.review.counts', counts)}</p>
      )}
      {preview.fileFlags.length > 0 && <ul className="rounds-flags">{preview.fileFlags.map((f, i) => <FlagLine key={i} flag={f} en={en} />)}</ul>}
      {!preview.refused && shown.length === 0 && <p className="rounds-muted">{t('rounds.review.noChanges')}</p>}
      {!preview.refused && shown.length > 0 && (
        <div className="rounds-review-table">
          <table className="rounds-table">
            <thead><tr><th>{t('rounds.review.project')}</th><th>{t('rounds.review.change')}</th></tr></thead>
            <tbody>{shown.map((r) => <RowView key={`${r.sheet}-${r.line}-${r.projectId ?? ''}`} row={r} en={en} />)}</tbody>
          </table>
        </div>
      )}
      {!preview.refused && unchanged > 0 && !showUnchanged && (
        <button type="button" className="link-button" onClick={() => setShowUnchanged(true)}>{t('rounds.review.showUnchanged', { count: unchanged })}</button>
      )}
      <div className="rounds-actions">
        {/* A file with nothing new still counts as returned: the merge records it. */}
        {!preview.refused && <button type="button" className="button-primary" disabled={busy} onClick={onMerge}>{t(counts.update > 0 ? 'rounds.review.merge' : 'rounds.review.record')}</button>}
        <button type="button" className="button-secondary" disabled={busy} onClick={onSkip}>{preview.refused ? t('rounds.review.close') : t('rounds.review.skip')}</button>
      </div>
    </section>
  );
}
