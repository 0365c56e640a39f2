/** 解决卡点: how it was solved (required) and when (today unless changed). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import type { ProblemRow } from '../../../shared/domain/problems';
import './strings';

interface Props {
  problem: ProblemRow;
  today: string;
  onResolve: (resolution: string, resolvedOn: string) => Promise<void>;
  onClose: () => void;
}

export function ResolveDialog({ problem, today, onResolve, onClose }: Props) {
  const { t, i18n } = useTranslation('problems');
  const ids = useId();
  const [resolution, setResolution] = useState('');
  const [resolvedOn, setResolvedOn] = useState(today);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      await onResolve(resolution.trim(), resolvedOn || today);
    } catch (err) {
      setError(errorText(err, i18n.resolvedLanguage === 'en'));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('resolveForm.title')} onClose={onClose} onSubmit={() => void submit()} submitLabel={t('resolveForm.submit')} cancelLabel={t('resolveForm.cancel')} busy={busy} error={error}>
      <div className="problem-form">
        <p className="problem-quote"><strong>{problem.projectName}</strong>{problem.nodeName ? ` · ${problem.nodeName}` : ''}<br />{problem.text}</p>
        <div className="form-field">
          <label htmlFor={`${ids}-resolution`}>{t('resolveForm.resolution')}<em className="required" aria-hidden="true">*</em></label>
          <textarea id={`${ids}-resolution`} rows={3} value={resolution} placeholder={t('resolveForm.resolutionHint')} maxLength={1000} required onChange={(e) => setResolution(e.target.value)} />
        </div>
        <div className="form-field">
          <label htmlFor={`${ids}-on`}>{t('resolveForm.resolvedOn')}</label>
          <input id={`${ids}-on`} type="date" value={resolvedOn} max={today} onChange={(e) => setResolvedOn(e.target.value)} />
        </div>
      </div>
    </Dialog>
  );
}
