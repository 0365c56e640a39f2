/** One returned file before it is merged: per project what changes (register → returned), what looks wrong, what is refused. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CollectChange, CollectFlag, CollectPreview, CollectRow } from '../../../shared/rounds/types';
import { useScreenMoney, type Money } from '../common/money';
import { monthOfYearText } from '../common/monthSpan';
import { stageText } from '../common/domainText';

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

/** 推进状态 as the template's drop-down offers it: 正常推进 lets the nodes decide, 停滞/终止 are stages. */
function statusText(status: string, en: boolean): string {
  if (!en) return status;
  return status === '正常推进' ? 'On track' : status === '停滞' || status === '终止' ? stageText(status, true) : status;
}

/** A change's two sides in the screen's unit and language; amounts exact to the 元 on hover. */
type Side = { text: string; exact?: string };

function changeSides(c: CollectChange, money: Money, t: (key: string, values?: Record<string, string>) => string): [Side, Side] {
  if (c.amounts) {
    const { before, after, prior } = c.amounts;
    const exact = (yuan: number) => `${money.exact(yuan)}${money.en ? ' ' : ''}${money.unit}`;
    const side = (month: number): Side => ({
      text: t('rounds.review.amount', { month: money.withUnit(month), ytd: money.withUnit(prior + month) }),
      exact: t('rounds.review.amount', { month: exact(month), ytd: exact(prior + month) }),
    });
    return [before === null ? { text: t('rounds.review.notReported') } : side(before), side(after)];
  }
  if (c.field === 'stageOverride') return [{ text: statusText(c.before, money.en) }, { text: statusText(c.after, money.en) }];
  return [{ text: c.before || t('rounds.review.emptyValue') }, { text: c.after }];
}

function RowView({ row, en, money }: { row: CollectRow; en: boolean; money: Money }) {
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
            {row.changes.map((c) => {
              const [before, after] = changeSides(c, money, t);
              return (
                <li key={c.field}>
                  <span className="rounds-label">{en ? c.labelEn : c.label}</span>{' '}
                  <span className="rounds-before" title={before.exact}>{before.text}</span>
                  <span aria-hidden="true"> → </span>
                  <span className="rounds-after" title={after.exact}>{after.text}</span>
                </li>
              );
            })}
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
  const money = useScreenMoney();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const { template: tpl, counts } = preview;
  const shown = preview.rows.filter((r) => showUnchanged || r.status !== 'unchanged' || r.flags.length > 0);
  const unchanged = preview.rows.filter((r) => r.status === 'unchanged' && r.flags.length === 0).length;
  const month = monthOfYearText(tpl.month, en);
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
            <tbody>{shown.map((r) => <RowView key={`${r.sheet}-${r.line}-${r.projectId ?? ''}`} row={r} en={en} money={money} />)}</tbody>
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
