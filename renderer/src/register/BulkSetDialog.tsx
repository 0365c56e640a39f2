/** 批量设置: one value of 区域/产业链/级别/责任单位 for every selected project, in one transaction. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import { projectFieldLabel } from '../common/domainText';
import type { CodeLists } from '../../../shared/domain/types';

interface Props {
  ids: number[];
  lists: CodeLists;
  onClose: () => void;
  onDone: (count: number) => void;
}

type BulkField = 'area' | 'chain' | 'level' | 'ownerUnit';
const FIELDS: BulkField[] = ['area', 'chain', 'level', 'ownerUnit'];

export function BulkSetDialog({ ids, lists, onClose, onDone }: Props) {
  const { t, i18n } = useTranslation('workbench');
  const en = i18n.resolvedLanguage === 'en';
  const [values, setValues] = useState<Partial<Record<BulkField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const changes = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== ''));
    if (!Object.keys(changes).length) return setError(t('bulk.nothing'));
    setBusy(true);
    try {
      await api('projects.bulkSet', { ids, changes });
      onDone(ids.length);
    } catch (err) {
      setError(errorText(err, en));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('bulk.title', { count: ids.length })} onClose={onClose} onSubmit={() => void submit()} submitLabel={t('bulk.apply')} cancelLabel={t('bulk.cancel')} busy={busy} error={error}>
      <div className="form-grid">
        {FIELDS.map((field) => {
          const label = projectFieldLabel(field, en);
          const value = values[field] ?? '';
          const set = (v: string) => setValues((old) => ({ ...old, [field]: v }));
          return (
            <label key={field} className="form-field">
              <span>{label}</span>
              {field === 'ownerUnit' ? (
                <input value={value} onChange={(e) => set(e.target.value)} placeholder={t('bulk.keep')} maxLength={100} />
              ) : (
                <select value={value} onChange={(e) => set(e.target.value)}>
                  <option value="">{t('bulk.keep')}</option>
                  {lists[field].map((v) => <option key={v} value={v}>{v}</option>)}
                </select>
              )}
            </label>
          );
        })}
      </div>
    </Dialog>
  );
}
