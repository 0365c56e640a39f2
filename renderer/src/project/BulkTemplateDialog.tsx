/**
 * 按模板生成节点 for many projects at once (the register's selection, or an import's new projects):
 * pick a template, generate, see what was done and skipped, and undo it while the dialog is open.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import { useApiQuery } from '../common/useApiQuery';
import type { TemplateBulkResult } from '../../../shared/contract';
import './bulkTemplateStrings';
import '../register/register.css';

export type BulkTemplateTarget = { projectIds: number[] } | { batchId: number };

interface Props {
  target: BulkTemplateTarget;
  /** How many projects the target holds, for the title. */
  count: number;
  /** Called after a generate or an undo went through (the caller refreshes what it shows). */
  onChanged: () => void;
  onClose: () => void;
}

export function BulkTemplateDialog({ target, count, onChanged, onClose }: Props) {
  const { t, i18n } = useTranslation('bulkTemplate');
  const en = i18n.resolvedLanguage === 'en';
  const [templates] = useApiQuery('templates.list', {});
  const [settings] = useApiQuery('settings.get', {});
  const [picked, setPicked] = useState<number | null>(null);
  const [result, setResult] = useState<TemplateBulkResult | null>(null);
  const [undone, setUndone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const list = templates.status === 'ok' ? templates.data : [];
  // The template set as default in 设置与数据 comes first; else the first one.
  const preferred = settings.status === 'ok' ? list.find((tpl) => tpl.id === settings.data.defaultTemplateId) : undefined;
  const templateId = picked ?? preferred?.id ?? list[0]?.id ?? null;

  const run = async (call: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await call();
      onChanged();
    } catch (err) {
      setError(errorText(err, en));
    } finally {
      setBusy(false);
    }
  };
  const apply = () => run(async () => {
    if (templateId === null) return;
    setResult(await api('nodes.applyTemplateBulk', { templateId, ...target }));
  });
  const undo = (operationId: number) => run(async () => {
    const r = await api('nodes.undoTemplateBulk', { operationId });
    setUndone(t('undone', { projects: r.projects, nodes: r.nodes }));
  });

  if (result) {
    return (
      <Dialog title={t('title', { count })} onClose={onClose} onSubmit={onClose} submitLabel={t('close')} busy={busy} error={error}>
        <div className="bulk-template-result" role="status">
          {undone ? <p>{undone}</p> : <p>{result.applied.length ? t('applied', { count: result.applied.length }) : t('nothing')}</p>}
          {!undone && result.applied.length > 0 && (
            <ul>
              {result.applied.map((a) => (
                <li key={a.projectId}>{a.name}：{t(a.from === 'signedOn' ? 'fromSignedOn' : 'fromPlannedStart', { start: a.start })}</li>
              ))}
            </ul>
          )}
          {result.skippedWithNodes > 0 && <p>{t('withNodes', { count: result.skippedWithNodes })}</p>}
          {result.skipped.length > 0 && (
            <>
              <p>{t('skipped', { count: result.skipped.length })}</p>
              <ul>{result.skipped.map((s) => <li key={s.projectId}>{s.name || s.projectId}：{en ? s.reasonEn : s.reason}</li>)}</ul>
            </>
          )}
          {result.operationId !== null && !undone && (
            <button type="button" className="button-secondary small" disabled={busy} onClick={() => void undo(result.operationId!)}>{t('undo')}</button>
          )}
        </div>
      </Dialog>
    );
  }
  const steps = list.find((tpl) => tpl.id === templateId)?.steps ?? [];
  return (
    <Dialog title={t('title', { count })} onClose={onClose} onSubmit={() => void apply()} submitLabel={t('apply')} cancelLabel={t('cancel')} busy={busy || templateId === null} error={error}>
      <label className="form-field">
        <span>{t('template')}</span>
        <select value={templateId ?? ''} onChange={(e) => setPicked(Number(e.target.value))}>
          {list.map((tpl) => <option key={tpl.id} value={tpl.id}>{tpl.name}</option>)}
        </select>
      </label>
      <p className="bulk-template-steps">{steps.map((s) => s.name).join(' → ')}</p>
      <p className="bulk-template-how">{t('how')}</p>
    </Dialog>
  );
}
