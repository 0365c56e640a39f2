/** 导入: the wizard that takes in the lists streets and departments send, shows what it will do, and can undo it. */
import { useTranslation } from 'react-i18next';
import './strings';
import './import.css';
import { useImportWizard, type Step } from './useImportWizard';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { DoneStep } from './DoneStep';

const STEPS: Step[] = ['file', 'mapping', 'preview', 'done'];

export function ImportView() {
  const { t } = useTranslation('import');
  const wizard = useImportWizard();
  const current = STEPS.indexOf(wizard.step);
  return (
    <section className="import" aria-label={t('title')}>
      <ol className="import-steps" aria-label={t('title')}>
        {STEPS.map((s, i) => (
          <li key={s} className={i === current ? 'current' : i < current ? 'passed' : ''} aria-current={i === current ? 'step' : undefined}>
            <span className="import-step-no">{i < current ? '✓' : i + 1}</span>
            {t(`steps.${s}`)}
          </li>
        ))}
      </ol>
      {wizard.error && (
        <div className="import-error" role="alert">
          {wizard.error.split('\n').map((line, i) => <p key={i}>{line}</p>)}
        </div>
      )}
      {wizard.busy && (
        <div className="import-busy" role="status">
          <div className="import-progress" aria-hidden="true"><span /></div>
          {wizard.busy}
        </div>
      )}
      <div className="import-body">
        {wizard.step === 'file' && <FileStep wizard={wizard} />}
        {wizard.step === 'mapping' && <MappingStep wizard={wizard} />}
        {wizard.step === 'preview' && <PreviewStep wizard={wizard} />}
        {wizard.step === 'done' && <DoneStep wizard={wizard} />}
      </div>
    </section>
  );
}
