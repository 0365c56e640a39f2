/** 按模板生成: pick a template and the start date (the signing date by default), see what it replaces, generate. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeTemplate, ProjectRow } from '../../../shared/domain/types';
import { parseDateInput } from '../common/fieldInput';

interface Props {
  project: ProjectRow;
  count: number;
  templates: NodeTemplate[];
  onCancel: () => void;
  onApply: (templateId: number, start: string) => void;
}

export function TemplatePanel({ project, count, templates, onCancel, onApply }: Props) {
  const { t, i18n } = useTranslation('project');
  const [templateId, setTemplateId] = useState(templates[0]?.id ?? 0);
  const [start, setStart] = useState(project.signedOn ?? '');
  const [error, setError] = useState<string | null>(null);
  const en = i18n.resolvedLanguage === 'en';
  const steps = templates.find((tpl) => tpl.id === templateId)?.steps ?? [];
  return (
    <form className="template-panel" aria-label={t('nodes.templateTitle')} onSubmit={(e) => {
      e.preventDefault();
      const parsed = parseDateInput(start);
      if (!parsed.ok || !parsed.value) return setError(parsed.ok ? t('nodes.templateStart') : en ? parsed.messageEn : parsed.message);
      if (templateId) onApply(templateId, parsed.value);
    }}>
      <strong>{t('nodes.templateTitle')}</strong>
      <label className="form-field inline">
        <span>{t('nodes.templatePick')}</span>
        <select value={templateId} onChange={(e) => setTemplateId(Number(e.target.value))}>
          {templates.map((tpl) => <option key={tpl.id} value={tpl.id} title={tpl.steps.map((s) => s.name).join('→')}>{tpl.name}</option>)}
        </select>
      </label>
      <label className="form-field inline">
        <span>{t('nodes.templateStart')}</span>
        <input value={start} required placeholder="YYYY-MM-DD" onChange={(e) => { setStart(e.target.value); setError(null); }} />
      </label>
      <p className="template-steps">{steps.map((s) => s.name).join(' → ')}</p>
      {error && <p className="field-error" role="alert">{error}</p>}
      {count > 0 && <p className="template-warn">{t('nodes.templateWarn', { count })}</p>}
      <div className="template-actions">
        <button type="button" className="button-secondary small" onClick={onCancel}>{t('nodes.cancel')}</button>
        <button type="submit" className="button-primary small" disabled={!start || !templateId}>{t('nodes.templateApply')}</button>
      </div>
    </form>
  );
}
