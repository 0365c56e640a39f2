/**
 * 新增项目: the few fields a project starts with; the rest are filled in the grid or its 项目详情.
 * 项目编号 may be left empty (在谈 projects have none yet): the register gives a provisional one.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { Dialog } from '../common/Dialog';
import { errorText } from '../common/errorText';
import { parseAmountInput, parseDateInput } from '../common/fieldInput';
import { unitName, type MoneyUnit } from '../../../shared/domain/money';
import type { CodeLists, Project } from '../../../shared/domain/types';

interface Props {
  lists: CodeLists;
  unit: MoneyUnit;
  onClose: () => void;
  onAdded: (project: Project) => void;
}

const EMPTY = { code: '', name: '', company: '', chain: '', area: '', totalInvestment: '', signedOn: '' };
type Form = typeof EMPTY;

export function AddProjectDialog({ lists, unit, onClose, onAdded }: Props) {
  const { t, i18n } = useTranslation('workbench');
  const en = i18n.resolvedLanguage === 'en';
  // The unit in words for the labels (万元 / CNY 10k); bare numbers are read in `unit`.
  const unitLabel = unitName(unit, en ? 'en' : 'zh');
  const [form, setForm] = useState<Form>(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  const submit = async () => {
    const amount = parseAmountInput(form.totalInvestment, unit, true);
    const date = parseDateInput(form.signedOn);
    const refused = !amount.ok ? [t('add.totalInvestment', { unit: unitLabel }), amount] as const : !date.ok ? [t('add.signedOn'), date] as const : null;
    if (refused) {
      const [label, why] = refused;
      if (!why.ok) setError(`${label}${en ? ': ' : '：'}${en ? why.messageEn : why.message}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { code, totalInvestment: _amount, signedOn: _date, ...rest } = form;
      const input = {
        ...rest,
        ...(code.trim() ? { code: code.trim() } : {}),
        ...(amount.ok && amount.value !== null ? { totalInvestment: amount.value } : {}),
        ...(date.ok && date.value !== null ? { signedOn: date.value } : {}),
      };
      onAdded(await api('projects.create', input));
    } catch (err) {
      setError(errorText(err, en));
    } finally {
      setBusy(false);
    }
  };

  const text = (key: 'code' | 'name' | 'company' | 'totalInvestment' | 'signedOn', options: { required?: boolean; hint?: string; placeholder?: string } = {}) => (
    <label className="form-field">
      <span>{t(`add.${key}`, { unit: unitLabel })}{options.required && <em className="required">*</em>}</span>
      <input value={form[key]} onChange={(e) => set(key)(e.target.value)} required={options.required} maxLength={200} placeholder={options.placeholder} />
      {options.hint && <small className="form-hint">{options.hint}</small>}
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
        {text('name', { required: true })}
        {text('code', { hint: t('add.codeHint') })}
        {text('company')}
        {select('chain')}
        {select('area')}
        {text('totalInvestment', { placeholder: t('add.amountPlaceholder', { unit: unitLabel }) })}
        {text('signedOn', { placeholder: '2026-03-01' })}
      </div>
    </Dialog>
  );
}
