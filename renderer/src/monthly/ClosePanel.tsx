/** 月结与比上月: close a month (asking before a re-closing), the closed months, and the chosen month against the last closing. */
import { usePermissions } from '../team/permissions';
import './closeStrings';
import './close.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApiQuery } from '../common/useApiQuery';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import { addMonths } from '../../../shared/domain/dates';
import type { MonthClosing } from '../../../shared/domain/monthEnd';
import { monthOfYearText } from '../common/monthSpan';
import { base64ToBytes, downloadBytes } from '../reports/download';
import { MonthChangesView } from './MonthChangesView';
import { useScreenMoney, type Money } from '../common/money';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'error'; text: string };

/** "2026-11-03 09:15" in the machine's time zone. */
function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function ClosePanel() {
  const { t, i18n } = useTranslation('monthly');
  const mayClose = usePermissions().may('months.close');
  const en = i18n.resolvedLanguage === 'en';
  const monthLabel = (m: string) => monthOfYearText(m, en);
  const [list, reloadList] = useApiQuery('months.list', {});
  const money = useScreenMoney();
  const [picked, setPicked] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [confirming, setConfirming] = useState<MonthClosing | null>(null);

  if (list.status !== 'ok') {
    return <p className={list.status === 'error' ? 'close-error' : 'close-loading'} role={list.status === 'error' ? 'alert' : 'status'}>
      {list.status === 'error' ? t('close.failed', { message: en ? list.messageEn : list.message }) : t('close.loading')}
    </p>;
  }
  const { closings, currentMonth } = list.data;
  // The month usually closed is the one just ended.
  const month = picked ?? addMonths(currentMonth, -1);
  const closed = new Map(closings.map((c) => [c.month, c]));
  const months = Array.from({ length: 24 }, (_, i) => addMonths(currentMonth, -i));
  const label = monthLabel(month);
  const existing = closed.get(month);

  const close = async (replace: boolean) => {
    setConfirming(null);
    setStatus({ kind: 'busy' });
    try {
      const done = await api('months.close', { month, ...(replace ? { replace: true } : {}) });
      setStatus({ kind: 'done', text: t('close.closed', { label, count: done.projects, asOf: done.asOf }) });
      reloadList();
    } catch (err) {
      setStatus({ kind: 'error', text: t('close.failed', { message: errorText(err, en) }) });
    }
  };

  const exportReport = async () => {
    setStatus({ kind: 'busy' });
    try {
      const file = await api('reports.export', { report: 'changes', month, unit: '万元' });
      downloadBytes(base64ToBytes(file.base64), file.fileName, file.mimeType);
      setStatus({ kind: 'done', text: t('close.exported', { file: file.fileName }) });
    } catch (err) {
      setStatus({ kind: 'error', text: t('close.failed', { message: errorText(err, en) }) });
    }
  };

  return (
    <div className="close-panel" data-section="close">
      <p className="close-intro">{t('close.intro')}</p>
      <div className="close-toolbar">
        <label className="close-month">
          <span>{t('close.month')}</span>
          <select value={month} onChange={(e) => { setPicked(e.target.value); setStatus({ kind: 'idle' }); }}>
            {months.map((m) => <option key={m} value={m}>{monthLabel(m)}{closed.has(m) ? t('close.closedMark') : ''}</option>)}
          </select>
        </label>
        {mayClose && (
          <button type="button" className={existing ? 'button-secondary' : 'button-primary'} disabled={status.kind === 'busy'}
            onClick={() => (existing ? setConfirming(existing) : void close(false))}>
            {status.kind === 'busy' ? t('close.closing') : existing ? t('close.recloseButton', { label }) : t('close.closeButton', { label })}
          </button>
        )}
        <button type="button" className="button-secondary" disabled={status.kind === 'busy'} onClick={() => void exportReport()}>{t('close.exportReport')}</button>
        <span className={`close-status close-status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.kind === 'done' || status.kind === 'error' ? status.text : ''}
        </span>
      </div>
      <ChangesSection month={month} money={money} />
      <section className="close-history" aria-label={t('close.history')}>
        <h4>{t('close.history')}</h4>
        {closings.length === 0 ? <p className="close-nothing">{t('close.none')}</p> : (
          <table className="close-inv close-history-table">
            <thead><tr>{(['month', 'asOf', 'at', 'actor', 'projects'] as const).map((c) => <th key={c} scope="col">{t(`close.cols.${c}`)}</th>)}</tr></thead>
            <tbody>
              {closings.map((c) => (
                <tr key={c.month} className={c.month === month ? 'close-history-on' : ''}>
                  <th scope="row"><button type="button" className="link-button" onClick={() => setPicked(c.month)}>{monthLabel(c.month)}</button></th>
                  <td>{c.asOf}</td><td>{localTime(c.closedAt)}</td><td>{c.actor}</td><td>{c.projects}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {confirming && (
        <Dialog title={t('close.confirmTitle', { label })} submitLabel={t('close.confirm')} cancelLabel={t('close.cancel')}
          onClose={() => setConfirming(null)} onSubmit={() => void close(true)}>
          <p>{t('close.confirmBody', { label, at: localTime(confirming.closedAt), actor: confirming.actor, count: confirming.projects })}</p>
        </Dialog>
      )}
    </div>
  );
}

/** The chosen month against the latest closing before it; live (refreshed after any write) while the month is open. */
function ChangesSection({ month, money }: { month: string; money: Money }) {
  const { t, i18n } = useTranslation('monthly');
  const en = i18n.resolvedLanguage === 'en';
  const monthLabel = (m: string) => monthOfYearText(m, en);
  const [changes] = useApiQuery('months.changes', { month }, { live: true });
  const label = monthLabel(month);
  if (changes.status !== 'ok') {
    return <p className={changes.status === 'error' ? 'close-error' : 'close-loading'} role={changes.status === 'error' ? 'alert' : 'status'}>
      {changes.status === 'error' ? t('close.failed', { message: en ? changes.messageEn : changes.message }) : t('close.loading')}
    </p>;
  }
  const c = changes.data;
  return (
    <section className="close-compare" aria-label={t('close.changesTitle', { label })}>
      <h4>{t('close.changesTitle', { label })}</h4>
      {c.previous && (
        <p className="close-against">
          {t('close.against', { label, state: c.closed ? t('close.stateClosed') : t('close.stateLive', { asOf: c.asOf }), previous: monthLabel(c.previous.month), asOf: c.previous.asOf })}
        </p>
      )}
      <MonthChangesView changes={c} money={money} />
    </section>
  );
}
