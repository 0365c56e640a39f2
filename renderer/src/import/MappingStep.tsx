/** Step 2: each column's field (suggested from Chinese aliases or a saved mapping, editable), match key and mode. */
import { useTranslation } from 'react-i18next';
import { AMOUNT_FIELDS, IMPORT_FIELDS, type ImportField } from '../../../shared/import/fields';
import type { ImportMode, MatchKey } from '../../../shared/import/types';
import { unitName } from '../../../shared/domain/money';
import type { ImportWizard } from './useImportWizard';
import { ReadSettings } from './ReadSettings';

export function MappingStep({ wizard }: { wizard: ImportWizard }) {
  const { t, i18n } = useTranslation('import');
  const lang = i18n.resolvedLanguage === 'en' ? 'en' : 'zh';
  const ins = wizard.inspection!;
  const setField = (index: number, field: ImportField | null) => {
    // A field belongs to one column: choosing it here frees it elsewhere.
    wizard.setMapping(wizard.mapping.map((f, i) => (i === index ? field : f === field ? null : f)));
  };
  const modes: Array<[ImportMode, string]> = [['upsert', 'mapping.modeUpsert'], ['add', 'mapping.modeAdd'], ['update', 'mapping.modeUpdate']];
  const keys: Array<[MatchKey, string]> = [['code', 'mapping.matchCode'], ['nameCompany', 'mapping.matchNameCompany']];
  return (
    <>
      <ReadSettings wizard={wizard} />
      <section className="import-panel" aria-label={t('mapping.title')}>
        <div className="import-panel-head">
          <h2>{t('mapping.title')}</h2>
          <span className="import-muted">{t(ins.mappingSaved ? 'mapping.savedHint' : 'mapping.autoHint')}</span>
        </div>
        <div className="import-scroll">
          <table className="import-table mapping">
            <thead><tr><th className="num">{t('mapping.column')}</th><th>{t('mapping.header')}</th><th>{t('mapping.field')}</th><th>{t('mapping.unit')}</th><th>{t('mapping.sample')}</th></tr></thead>
            <tbody>
              {ins.columns.map((c) => {
                const field = wizard.mapping[c.index] ?? null;
                return (
                  <tr key={c.index} className={field ? '' : 'unmapped'}>
                    <td className="num">{c.index + 1}</td>
                    <td>{c.header}</td>
                    <td>
                      <select aria-label={`${t('mapping.field')}${t('preview.sep')}${c.header}`} value={field ?? ''} onChange={(e) => setField(c.index, (e.target.value || null) as ImportField | null)}>
                        <option value="">{t('mapping.skip')}</option>
                        {IMPORT_FIELDS.map((f) => <option key={f} value={f}>{t(`fields.${f}`)}</option>)}
                      </select>
                    </td>
                    <td>{field && AMOUNT_FIELDS.has(field) ? unitName(c.unit ?? '万元', lang) : ''}</td>
                    <td className="import-sample">{c.sample.filter(Boolean).join(t('mapping.sampleSep'))}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        <label className="import-check"><input type="checkbox" checked={wizard.saveMapping} onChange={(e) => wizard.setSaveMapping(e.target.checked)} />{t('mapping.save')}</label>
      </section>
      <section className="import-panel import-options">
        <fieldset>
          <legend>{t('mapping.matchKey')}</legend>
          {keys.map(([k, label]) => (
            <label key={k} className="import-check"><input type="radio" name="matchKey" checked={wizard.matchKey === k} onChange={() => wizard.setMatchKey(k)} />{t(label)}</label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('mapping.mode')}</legend>
          {modes.map(([m, label]) => (
            <label key={m} className="import-check"><input type="radio" name="mode" checked={wizard.mode === m} onChange={() => wizard.setMode(m)} />{t(label)}</label>
          ))}
        </fieldset>
        <div className="import-actions">
          <button type="button" className="button-primary" disabled={wizard.busy !== null} onClick={() => void wizard.showPreview()}>{t('mapping.next')}</button>
        </div>
      </section>
    </>
  );
}
