/**
 * 下发与回收: the month's units with what was sent and what came back. Templates go out as one
 * download per unit (each unit gets its own file; "all" downloads them one after another), returns
 * come in as uploads, each previewed and merged on its own as an import batch that can be undone.
 */
import { useState } from 'react';
import { usePermissions } from '../team/permissions';
import { useTranslation } from 'react-i18next';
import './roundsStrings';
import './rounds.css';
import { api } from '../api/client';
import { useApiQuery } from '../common/useApiQuery';
import { errorText } from '../common/errorText';
import { useSessionState } from '../common/useSessionState';
import { base64ToBytes, downloadBytes } from '../reports/download';
import { fileToBase64, MAX_FILE_BYTES } from '../import/fileBytes';
import { formatLocalDateTime } from '../../../shared/domain/localTime';
import { isIsoMonth } from '../../../shared/domain/dates';
import { ROUND_SCOPES, type CollectPreview, type RoundScope, type TemplateFile, type UnitRoundStatus } from '../../../shared/rounds/types';
import { CollectReview } from './CollectReview';

type Notice = { tone: 'ok' | 'error'; text: string } | null;
interface Pending { name: string; base64: string; preview: CollectPreview }

const isScope = (v: unknown): v is RoundScope => typeof v === 'string' && (ROUND_SCOPES as readonly string[]).includes(v);
const isMonth = (v: unknown): v is string => typeof v === 'string' && isIsoMonth(v);
/** Between two downloads: browsers drop a burst of simultaneous ones. */
const DOWNLOAD_GAP_MS = 400;

function saveAll(files: TemplateFile[]): Promise<void> {
  return files.reduce(
    (chain, f, i) => chain.then(() => new Promise<void>((resolve) => {
      downloadBytes(base64ToBytes(f.base64), f.fileName, f.mimeType);
      setTimeout(resolve, i === files.length - 1 ? 0 : DOWNLOAD_GAP_MS);
    })),
    Promise.resolve(),
  );
}

function StatusTag({ unit }: { unit: UnitRoundStatus }) {
  const { t } = useTranslation('monthly');
  const state = unit.returned ? 'returned' : unit.sentAt ? 'outstanding' : 'notSent';
  return <span className={`rounds-tag ${state}`}>{t(`rounds.status.${state}`)}</span>;
}

export function RoundsPanel() {
  const { t, i18n } = useTranslation('monthly');
  const can = usePermissions();
  const maySend = can.may('rounds.templates');
  const mayCollect = can.may('rounds.collect');
  const en = i18n.resolvedLanguage === 'en';
  const [info] = useApiQuery('data.info', {});
  const [pickedMonth, setMonth] = useSessionState<string>('monthly.rounds.month', '', (v): v is string => v === '' || isMonth(v));
  const [scope, setScope] = useSessionState<RoundScope>('monthly.rounds.scope', 'area', isScope);
  // The reporting month (this month once anyone reported it, else last month): on 1 December the returns due are November's.
  const month = pickedMonth || (info.status === 'ok' ? info.data.reportingMonth : '');
  const [status, reload] = useApiQuery('rounds.status', { month: month || '2000-01', scope }, { live: true });
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [queue, setQueue] = useState<Pending[]>([]);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const text = await work();
      if (text) setNotice({ tone: 'ok', text });
    } catch (err) {
      setNotice({ tone: 'error', text: errorText(err, en) });
    } finally {
      setBusy(false);
      reload();
    }
  };

  const download = (units?: string[]) => run(async () => {
    const files = await api('rounds.templates', { month, scope, ...(units ? { units } : {}) });
    await saveAll(files);
    return t('rounds.downloaded', { count: files.length, names: files.map((f) => f.fileName).join('、') });
  });

  const collect = (chosen: File[]) => run(async () => {
    const pending: Pending[] = [];
    const problems: string[] = [];
    for (const f of chosen) {
      if (f.size > MAX_FILE_BYTES) {
        problems.push(en ? `"${f.name}" is over 20 MB` : `「${f.name}」超过 20 MB`);
        continue;
      }
      const file = { name: f.name, base64: await fileToBase64(f) };
      try {
        pending.push({ ...file, preview: await api('rounds.preview', { file, month }) });
      } catch (err) {
        problems.push(errorText(err, en));
      }
    }
    setQueue((q) => [...q, ...pending]);
    if (problems.length) throw new Error(problems.join('\n'));
    return null;
  });

  const current = queue[0];
  const next = () => setQueue((q) => q.slice(1));
  const merge = () => current && run(async () => {
    const result = await api('rounds.collect', { file: { name: current.name, base64: current.base64 }, month });
    next();
    return t('rounds.review.merged', { file: current.name, update: result.counts.update, id: result.batchId });
  });
  const undo = (unit: UnitRoundStatus) => {
    const batch = unit.returned;
    if (!batch || !window.confirm(t('rounds.confirmUndo', { unit: unit.unit, id: batch.batchId }))) return;
    void run(async () => {
      await api('imports.undo', { batchId: batch.batchId });
      return t('rounds.undone', { id: batch.batchId, unit: unit.unit });
    });
  };

  if (!month) return <p className="rounds-muted" role="status">{t('rounds.loading')}</p>;
  const units = status.status === 'ok' ? status.data.units : [];
  const withProjects = units.filter((u) => u.projects > 0);
  const sent = units.filter((u) => u.sentAt).length;
  const returned = units.filter((u) => u.returned).length;
  return (
    <div className="rounds" data-section="rounds">
      <div className="rounds-controls">
        <label>
          {t('rounds.month')}{' '}
          <input type="month" value={month} onChange={(e) => { if (isMonth(e.target.value)) { setMonth(e.target.value); setQueue([]); } }} />
        </label>
        <fieldset className="rounds-scope">
          <legend>{t('rounds.scope')}</legend>
          {ROUND_SCOPES.map((s) => (
            <label key={s}><input type="radio" name="rounds-scope" checked={scope === s} onChange={() => setScope(s)} /> {t(`rounds.scopes.${s}`)}</label>
          ))}
        </fieldset>
      </div>
      {status.status === 'error' && <p className="rounds-error" role="alert">{en ? status.messageEn : status.message}</p>}
      {status.status === 'ok' && (
        <>
          <p className="rounds-summary">{t('rounds.summary', { units: units.length, sent, returned, outstanding: status.data.outstanding.length })}</p>
          <div className="rounds-actions">
            {maySend && (
              <button type="button" className="button-primary" disabled={busy || withProjects.length === 0} onClick={() => void download()}>
                {t('rounds.downloadAll', { count: withProjects.length })}
              </button>
            )}
            {mayCollect && <label className={`button-secondary${busy ? ' disabled' : ''}`}>
              {t('rounds.collect')}
              <input type="file" multiple accept=".xlsx" aria-label={t('rounds.collect')} disabled={busy}
                onChange={(e) => { const files = [...(e.target.files ?? [])]; e.target.value = ''; if (files.length) void collect(files); }} />
            </label>}
          </div>
          <p className="rounds-muted">{t('rounds.downloadAllHint')} {t('rounds.collectHint')}</p>
        </>
      )}
      {busy && <p className="rounds-muted" role="status">{t('rounds.busy')}</p>}
      {notice && <p className={notice.tone === 'ok' ? 'rounds-ok' : 'rounds-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>{notice.text}</p>}
      {current && <CollectReview key={`${current.name}-${queue.length}`} preview={current.preview} queued={queue.length - 1} busy={busy} onMerge={() => void merge()} onSkip={next} />}
      {status.status === 'ok' && units.length === 0 && <p className="rounds-muted">{t('rounds.empty')}</p>}
      {units.length > 0 && (
        <table className="rounds-table rounds-units" aria-label={t('rounds.columns.unit')}>
          <thead>
            <tr>
              <th>{t('rounds.columns.unit')}</th><th className="num">{t('rounds.columns.projects')}</th><th>{t('rounds.columns.sent')}</th>
              <th>{t('rounds.columns.returned')}</th><th>{t('rounds.columns.status')}</th><th />
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unit} className={u.returned ? 'returned' : u.sentAt ? 'outstanding' : ''}>
                <td>{u.unit}</td>
                <td className="num">{u.projects}</td>
                <td>{u.sentAt ? <>{formatLocalDateTime(u.sentAt)}{u.sentCount > 1 && <span className="rounds-muted">{t('rounds.sentTimes', { count: u.sentCount })}</span>}</> : <span className="rounds-muted">—</span>}</td>
                <td>
                  {u.returned && (
                    <>
                      {formatLocalDateTime(u.returned.at)}
                      {u.returned.reporter && <span className="rounds-muted"> {t('rounds.by', { name: u.returned.reporter })}</span>}
                      <div className="rounds-file">{u.returned.fileName}</div>
                    </>
                  )}
                </td>
                <td><StatusTag unit={u} /></td>
                <td className="rounds-row-actions">
                  {u.projects > 0 && maySend && <button type="button" className="link-button" disabled={busy} onClick={() => void download([u.unit])}>{t('rounds.download')}</button>}
                  {u.returned && can.may('imports.undo') && <button type="button" className="link-button" disabled={busy} onClick={() => undo(u)}>{t('rounds.undo')}</button>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
