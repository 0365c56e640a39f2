/** 节点模板: pick a template, edit its steps (name, milestone, offset, duration), save; one is the default. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from '../common/errorText';
import { useApiQuery } from '../common/useApiQuery';
import type { NodeTemplate, NodeTemplateStep, Settings } from '../../../shared/domain/types';

interface Draft {
  id: number | undefined;
  name: string;
  steps: NodeTemplateStep[];
}

const blankStep: NodeTemplateStep = { name: '', milestone: false, offsetDays: 0, durationDays: 30 };

function days(text: string): number {
  const n = Math.round(Number(text));
  return Number.isFinite(n) && n >= 0 ? Math.min(n, 3650) : 0;
}

export function TemplatesPanel({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const { t, i18n } = useTranslation('settings');
  const en = i18n.resolvedLanguage === 'en';
  const [templates, reload] = useApiQuery('templates.list', {});
  const [picked, setPicked] = useState<number | 'new' | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [notice, setNotice] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const list: NodeTemplate[] = templates.status === 'ok' ? templates.data : [];
  const defaultId = list.some((x) => x.id === settings.defaultTemplateId) ? settings.defaultTemplateId : list[0]?.id;

  useEffect(() => {
    if (picked === null && list.length) setPicked(defaultId ?? list[0]!.id);
  }, [picked, list, defaultId]);
  useEffect(() => {
    if (picked === 'new' || picked === null) return;
    const tpl = list.find((x) => x.id === picked);
    if (tpl) setDraft({ id: tpl.id, name: tpl.name, steps: tpl.steps.map((s) => ({ ...s })) });
    // Only on a new pick or a reload: edits in progress stay.
  }, [picked, templates.status === 'ok' ? templates.data : null]);

  if (templates.status !== 'ok' || !draft) return <p className="view-state">{templates.status === 'error' ? t('failed', { message: en ? templates.messageEn : templates.message }) : t('loading')}</p>;
  const setStep = (i: number, change: Partial<NodeTemplateStep>) => setDraft({ ...draft, steps: draft.steps.map((s, j) => (j === i ? { ...s, ...change } : s)) });
  const fail = (err: unknown) => setNotice({ tone: 'error', text: errorText(err, en) });
  const save = async () => {
    try {
      const saved = await api('templates.save', { ...(draft.id !== undefined ? { id: draft.id } : {}), name: draft.name, steps: draft.steps });
      setNotice({ tone: 'ok', text: t('templates.saved') });
      setPicked(saved.id);
      reload();
    } catch (err) {
      fail(err);
    }
  };
  const remove = async () => {
    if (draft.id === undefined || !window.confirm(t('templates.removeConfirm', { name: draft.name }))) return;
    try {
      await api('templates.remove', { id: draft.id });
      setNotice({ tone: 'ok', text: t('templates.removed' ) });
      setPicked(null);
      setDraft(null);
      reload();
    } catch (err) {
      fail(err);
    }
  };
  const makeDefault = async () => {
    if (draft.id === undefined) return;
    try {
      onSaved(await api('settings.update', { defaultTemplateId: draft.id }));
    } catch (err) {
      fail(err);
    }
  };

  return (
    <div className="settings-templates">
      <p className="settings-note">{t('templates.hint')}</p>
      <div className="settings-row">
        <label className="settings-inline">
          <span>{t('templates.pick')}</span>
          <select value={picked === 'new' ? '' : String(picked ?? '')} onChange={(e) => { setPicked(Number(e.target.value)); setNotice(null); }}>
            {picked === 'new' && <option value="">{draft.name}</option>}
            {list.map((x) => <option key={x.id} value={x.id}>{x.name}{x.id === defaultId ? t('templates.defaultMark', { mark: t('templates.isDefault') }) : ''}</option>)}
          </select>
        </label>
        <button type="button" className="button-secondary small" onClick={() => { setPicked('new'); setDraft({ id: undefined, name: t('templates.copyOf', { name: draft.name }), steps: draft.steps.map((s) => ({ ...s })) }); }}>
          {t('templates.newTemplate')}
        </button>
        {draft.id !== undefined && draft.id !== defaultId && <button type="button" className="button-secondary small" onClick={() => void makeDefault()}>{t('templates.makeDefault')}</button>}
      </div>
      <label className="settings-field">
        <span>{t('templates.name')}</span>
        <input value={draft.name} maxLength={60} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </label>
      <table className="settings-table" aria-label={draft.name}>
        <thead>
          <tr><th scope="col">#</th><th scope="col">{t('templates.step')}</th><th scope="col">{t('templates.milestone')}</th><th scope="col" className="num">{t('templates.offset')}</th><th scope="col" className="num">{t('templates.duration')}</th><th scope="col" /></tr>
        </thead>
        <tbody>
          {draft.steps.map((s, i) => (
            <tr key={i}>
              <td className="num">{i + 1}</td>
              <td><input value={s.name} maxLength={40} aria-label={`${t('templates.step')} ${i + 1}`} onChange={(e) => setStep(i, { name: e.target.value })} /></td>
              <td><input type="checkbox" checked={s.milestone} aria-label={`${t('templates.milestone')} ${i + 1}`} onChange={(e) => setStep(i, { milestone: e.target.checked })} /></td>
              <td className="num"><input type="number" min={0} value={s.offsetDays} aria-label={`${t('templates.offset')} ${i + 1}`} onChange={(e) => setStep(i, { offsetDays: days(e.target.value) })} /></td>
              <td className="num"><input type="number" min={0} value={s.durationDays} aria-label={`${t('templates.duration')} ${i + 1}`} onChange={(e) => setStep(i, { durationDays: days(e.target.value) })} />
                <small className="settings-muted">{t('templates.end', { n: s.offsetDays + s.durationDays })}</small></td>
              <td><button type="button" className="link danger" disabled={draft.steps.length === 1} onClick={() => setDraft({ ...draft, steps: draft.steps.filter((_, j) => j !== i) })}>{t('templates.removeStep')}</button></td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="settings-save">
        <button type="button" className="button-secondary small" onClick={() => setDraft({ ...draft, steps: [...draft.steps, { ...blankStep }] })}>{t('templates.addStep')}</button>
        <button type="button" className="button-primary" onClick={() => void save()}>{t('save')}</button>
        {draft.id !== undefined && list.length > 1 && <button type="button" className="link danger" onClick={() => void remove()}>{t('templates.remove')}</button>}
        {notice && <span className={notice.tone === 'ok' ? 'settings-ok' : 'settings-error'} role={notice.tone === 'ok' ? 'status' : 'alert'}>{notice.text}</span>}
      </div>
    </div>
  );
}
