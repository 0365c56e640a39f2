/** 新增项目: the few fields a project starts with; the rest are filled in the grid or its 项目详情. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import type { CodeLists, Project } from '../../../shared/domain/types';

interface Props {
  lists: CodeLists;
  onClose: () => void;
  onAdded: (project: Project) => void;
}

export function AddProjectDialog({ lists, onClose, onAdded }: Props) {
  const { t, i18n } = useTranslation('workbench');
  const [form, setForm] = useState({ code: '', name: '', company: '', chain: '', area: '' });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      onAdded(await api('projects.create', form));
    } catch (err) {
      setError(errorText(err, i18n.resolvedLanguage === 'en'));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'code' | 'name' | 'company', required = false) => (
    <label className="form-field">
      <span>{t(`add.${key}`)}{required && <em className="required">*</em>}</span>
      <input value={form[key]} onChange={(e) => set(key)(e.target.value)} required={required} maxLength={200} />
    </label>
  );
  const select = (key: 'chain' | 'area') => (
    <label className="form-field">
      <span>{t(`add.${key}`)}</span>
      <select value={form[key]} onChange={(e) => set(key)(e.target.value)}>
        <option value="">{t('add.pick')}</option>
        {lists[key].map((v) => <option key={v} value={v}>{v}</option>)}
      </select>
    </label>
  );
  return (
    <Dialog title={t('add.title')} onClose={onClose} onSubmit={() => void submit()} submitLabel={t('add.submit')} cancelLabel={t('add.cancel')} busy={busy} error={error}>
      <div className="form-grid">
        {text('code', true)}
        {text('name', true)}
        {text('company')}
        {select('chain')}
        {select('area')}
      </div>
    </Dialog>
  );
}
