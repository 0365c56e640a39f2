/** Step 1: choose or drop a file; the import history below, each batch undoable. */
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportWizard } from './useImportWizard';
import { BatchList } from './BatchList';

export function FileStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void wizard.chooseFile(f);
  };
  return (
    <>
      <div className={`import-drop${over ? ' over' : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={onDrop}>
        <div className="import-drop-icon" aria-hidden="true">⇪</div>
        <p>
          {t('file.drop')}{' '}
          <label className="button-primary">
            {t('file.pick')}
            <input
              type="file"
              accept=".csv,.tsv,.txt,.xlsx,.xls"
              aria-label={t('file.pick')}
              onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void wizard.chooseFile(f); }}
            />
          </label>
        </p>
        <p className="import-hint">{t('file.hint')}</p>
      </div>
      <BatchList />
    </>
  );
}
