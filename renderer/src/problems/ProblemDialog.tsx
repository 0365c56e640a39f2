/** 登记卡点 / 修改卡点: the node held up, the problem, the department asked (offered or typed) and its promise. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import type { ProblemRow } from '../../../shared/domain/problems';
import type { ScheduleNode } from '../../../shared/domain/types';
import './strings';

export interface ProblemDraft {
  nodeId: number | null;
  text: string;
  department: string;
  promisedOn: string | null;
}

interface Props {
  nodes: Array<Pick<ScheduleNode, 'id' | 'name'>>;
  /** The problem being edited; left out to record a new one. */
  problem?: ProblemRow;
  /** The node to start with (the project's current node). */
  initialNodeId?: number | null;
  onSave: (draft: ProblemDraft) => Promise<void>;
  onClose: () => void;
}

export function ProblemDialog({ nodes, problem, initialNodeId, onSave, onClose }: Props) {
  const { t, i18n } = useTranslation('problems');
  const ids = useId();
  const [draft, setDraft] = useState<ProblemDraft>({
    nodeId: problem ? problem.nodeId : (initialNodeId ?? null),
    text: problem?.text ?? '',
    department: problem?.department ?? '',
    promisedOn: problem?.promisedOn ?? null,
  });
  const [departments, setDepartments] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void api('problems.departments', {}).then((d) => { if (live) setDepartments(d); }, () => undefined);
    return () => { live = false; };
  }, []);

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave({ ...draft, text: draft.text.trim(), department: draft.department.trim() });
    } catch (err) {
      setError(errorText(err, i18n.resolvedLanguage === 'en'));
      setBusy(false);
    }
  };

  return (
    <Dialog title={t(problem ? 'form.editTitle' : 'form.addTitle')} onClose={onClose} onSubmit={() => void submit()} submitLabel={t('form.save')} cancelLabel={t('form.cancel')} busy={busy} error={error}>
      <div className="problem-form">
        <div className="form-field">
          <label htmlFor={`${ids}-node`}>{t('form.node')}</label>
          <select id={`${ids}-node`} value={draft.nodeId ?? ''} onChange={(e) => setDraft((d) => ({ ...d, nodeId: e.target.value ? Number(e.target.value) : null }))}>
            <option value="">{t('form.noNode')}</option>
            {nodes.map((n) => <option key={n.id} value={n.id}>{n.name}</option>)}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-text`}>{t('form.text')}<em className="required" aria-hidden="true">*</em></label>
          <textarea id={`${ids}-text`} rows={3} value={draft.text} placeholder={t('form.textHint')} maxLength={500} required onChange={(e) => setDraft((d) => ({ ...d, text: e.target.value }))} />
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-department`}>{t('form.department')}<em className="required" aria-hidden="true">*</em></label>
          <input id={`${ids}-department`} list={`${ids}-departments`} value={draft.department} placeholder={t('form.departmentHint')} maxLength={100} required onChange={(e) => setDraft((d) => ({ ...d, department: e.target.value }))} />
          <datalist id={`${ids}-departments`}>{departments.map((d) => <option key={d} value={d} />)}</datalist>
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-promised`}>{t('form.promisedOn')}</label>
          <input id={`${ids}-promised`} type="date" aria-describedby={`${ids}-promised-hint`} value={draft.promisedOn ?? ''} onChange={(e) => setDraft((d) => ({ ...d, promisedOn: e.target.value || null }))} />
          <small id={`${ids}-promised-hint`} className="form-hint">{t('form.promisedHint')}</small>
        </div>
      </div>
    </Dialog>
  );
}
