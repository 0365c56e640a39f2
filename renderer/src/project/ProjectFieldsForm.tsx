/**
 * A project's fields in sections (基本信息, 投资, 进度, 责任, 问题与协调). Edits are checked as
 * typed text (amounts in any form the parser reads), saved together in one transaction carrying
 * the version read; a save that meets someone else's change is refused and the user told.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import { MANUAL_STAGES, type CodeLists, type ProjectFields, type ProjectRow } from '../../../shared/domain/types';
import type { AmountDisplay } from '../../../shared/domain/money';
import { projectFieldLabel, stageText, tagsText } from '../common/domainText';
import { amountEditText } from '../common/fieldInput';
import { useMoney } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import { fieldSpec, type FieldSpec } from '../register/fields';
import { valueFromInput } from '../register/useCellEdit';
import { SaveBanner, saveProblem, type SaveProblem } from './SaveBanner';
import { useLeaveGuard } from '../app/leaveGuard';

type Field = keyof ProjectFields;

const SECTIONS: Array<{ key: 'basic' | 'investment' | 'progress' | 'duty' | 'problems'; fields: Field[] }> = [
  { key: 'basic', fields: ['name', 'code', 'nationalCode', 'company', 'chain', 'area', 'level', 'kind', 'source', 'stageOverride', 'tags'] },
  { key: 'investment', fields: ['totalInvestment', 'annualPlan', 'cumulativeCompleted', 'expectedOutput', 'landMu', 'capacity'] },
  { key: 'progress', fields: ['signedOn', 'plannedStart', 'plannedCompletion', 'progressNote'] },
  { key: 'duty', fields: ['leader', 'ownerUnit', 'contact'] },
  { key: 'problems', fields: ['problems'] },
];

function textOf(project: ProjectRow, spec: FieldSpec, display: AmountDisplay, en: boolean): string {
  const value = project[spec.field];
  if (spec.kind === 'amount' || spec.kind === 'optionalAmount') return amountEditText(value as number | null, display);
  if (Array.isArray(value)) return tagsText(value, en);
  return value === null || value === undefined ? '' : String(value);
}

interface Props {
  project: ProjectRow;
  display: AmountDisplay;
  lists: CodeLists;
  /** The service's today: 1–N月 runs through its month. */
  today: string;
  onSaved: () => Promise<void>;
  onReload: () => void;
  /** After a conflict: load the latest copy and put these unsaved texts back on top of it. */
  onReloadKeeping?: (texts: Partial<Record<Field, string | undefined>>) => void;
  /** Texts carried over such a reload: shown as the user's unsaved changes. */
  carried?: Partial<Record<Field, string | undefined>> | null;
  /** The carried texts are now in the form: forget them, so a later load starts clean. */
  onCarried?: () => void;
}

export function ProjectFieldsForm({ project, display, lists, today, onSaved, onReload, onReloadKeeping, carried, onCarried }: Props) {
  const throughMonth = Number(today.slice(5, 7));
  const { t, i18n } = useTranslation('project');
  const en = i18n.resolvedLanguage === 'en';
  const money = useMoney(display);
  const initial = useMemo(() => {
    const texts: Partial<Record<Field, string>> = {};
    for (const s of SECTIONS) for (const f of s.fields) texts[f] = textOf(project, fieldSpec(f)!, display, en);
    return texts;
  }, [project, display, en]);
  const [texts, setTexts] = useState<Partial<Record<Field, string | undefined>>>(() => ({ ...initial, ...carried }));
  useEffect(() => {
    if (carried) onCarried?.();
    // Once, on mounting: the texts were taken in by useState above.
  }, []);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [banner, setBanner] = useState<SaveProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const dirty = (Object.keys(texts) as Field[]).filter((f) => texts[f] !== initial[f]);
  useLeaveGuard(dirty.length > 0 && !busy);

  const save = async () => {
    const changes: Partial<Record<Field, unknown>> = {};
    const problems: Partial<Record<Field, string>> = {};
    for (const field of dirty) {
      const parsed = valueFromInput(fieldSpec(field)!, texts[field] ?? '', display.unit);
      if (parsed.ok) changes[field] = parsed.value;
      else problems[field] = en ? parsed.messageEn : parsed.message;
    }
    setErrors(problems);
    if (Object.keys(problems).length) return setBanner({ text: t('form.fix'), conflict: false });
    setBusy(true);
    setBanner(null);
    try {
      await api('projects.update', { id: project.id, version: project.version, changes: changes as Partial<ProjectFields> });
      await onSaved();
    } catch (err) {
      if (!(err instanceof ApiCallError)) throw err;
      const issues = err.body.issues ?? [];
      setErrors(Object.fromEntries(issues.map((i) => [i.path.split('.').pop() ?? i.path, en ? i.messageEn : i.message])));
      setBanner({ ...saveProblem(err, en), text: en ? err.body.messageEn : err.body.message });
    } finally {
      setBusy(false);
    }
  };

  const input = (field: Field) => {
    const spec = fieldSpec(field)!;
    const label = projectFieldLabel(field, en);
    const value = texts[field] ?? '';
    const set = (v: string) => setTexts((old) => ({ ...old, [field]: v }));
    const error = errors[field];
    const common = { id: `f-${field}`, value, 'aria-invalid': !!error, 'aria-describedby': error ? `e-${field}` : undefined };
    let control;
    if (spec.kind === 'code' || spec.kind === 'stage') {
      const options = spec.kind === 'stage' ? MANUAL_STAGES : lists[spec.list ?? 'chain'];
      control = (
        <select {...common} onChange={(e) => set(e.target.value)}>
          <option value="">{spec.kind === 'stage' ? `${stageText(project.stage, en)}${t('stageAuto')}` : '—'}</option>
          {spec.kind === 'stage'
            ? MANUAL_STAGES.map((o) => <option key={o} value={o}>{stageText(o, en)}</option>)
            : options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
      );
    } else if (spec.kind === 'longText') {
      control = <textarea {...common} rows={4} onChange={(e) => set(e.target.value)} />;
    } else {
      const amount = spec.kind === 'amount' || spec.kind === 'optionalAmount';
      const suffix = amount ? money.unit : spec.kind === 'number' ? money.mu : null;
      // An empty amount is saved as 未填 (null), never 0: the placeholder says so.
      const placeholder = spec.kind === 'date' ? 'YYYY-MM-DD' : amount ? t('amount.unknown') : undefined;
      control = (
        <span className={suffix ? 'input-with-unit' : undefined}>
          <input {...common} onChange={(e) => set(e.target.value)} placeholder={placeholder} title={amount ? t('amount.unknownHint') : undefined} inputMode={spec.kind === 'date' ? 'numeric' : undefined} />
          {suffix && <span className="input-unit">{suffix}</span>}
        </span>
      );
    }
    return (
      <div key={field} className={`form-field ${spec.kind === 'longText' ? 'field-wide' : ''} ${value !== initial[field] ? 'field-dirty' : ''}`}>
        <label htmlFor={`f-${field}`}>{label}</label>
        {control}
        {field === 'cumulativeCompleted' && <span className="field-hint">{t('amount.cumulativeHint')}</span>}
        {error && <span className="field-error" id={`e-${field}`} role="alert">{error}</span>}
      </div>
    );
  };

  /** 1–N月完成投资 beside 累计完成投资: read-only here, it is the sum of the monthly figures. */
  const ytd = (
    <div key="completedYtd" className="form-field">
      <label htmlFor="f-completedYtd">{t('amount.ytd', { span: monthSpan(throughMonth, en) })}</label>
      <span className="input-with-unit">
        <input id="f-completedYtd" value={money.sum(project.completedYtd)} readOnly tabIndex={-1} />
        <span className="input-unit">{money.unit}</span>
      </span>
      <span className="field-hint">{t('amount.ytdHint')}</span>
    </div>
  );

  return (
    <form className="fields-form" onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {banner && <SaveBanner problem={banner} onReload={onReload} onKeepMine={onReloadKeeping && (() => onReloadKeeping(Object.fromEntries(dirty.map((f) => [f, texts[f]]))))} />}
      {SECTIONS.map((section) => (
        <fieldset key={section.key} className="form-section">
          <legend>{t(`sections.${section.key}`)}</legend>
          <div className="section-grid">{section.fields.flatMap((f) => (f === 'cumulativeCompleted' ? [ytd, input(f)] : [input(f)]))}</div>
        </fieldset>
      ))}
      <div className="form-footer">
        <span className="form-status">{busy ? t('form.saving') : dirty.length ? t('form.unsaved', { count: dirty.length }) : ''}</span>
        <button type="button" className="button-secondary" disabled={!dirty.length || busy} onClick={() => { setTexts(initial); setErrors({}); setBanner(null); }}>{t('form.reset')}</button>
        <button type="submit" className="button-primary" disabled={!dirty.length || busy}>{t('form.save')}</button>
      </div>
    </form>
  );
}
