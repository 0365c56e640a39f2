/** Step 4: what was written, and 撤销本次导入. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportWizard } from './useImportWizard';
import { useScreenMoney } from '../common/money';
import { BatchList } from './BatchList';
import { BulkTemplateDialog } from '../project/BulkTemplateDialog';

export function DoneStep({ wizard }: { wizard: ImportWizard }) {
  const { t } = useTranslation('import');
  const { t: tb } = useTranslation('bulkTemplate');
  const [scheduling, setScheduling] = useState(false);
  const money = useScreenMoney();
  const s = wizard.summary!;
  return (
    <>
      <section className="import-panel import-done" aria-label={t('done.title')}>
        <div className="import-done-mark" aria-hidden="true">{wizard.undone ? '↺' : '✓'}</div>
        <div>
          <h2>{wizard.undone ? t('done.undone', { id: s.batchId }) : t('done.title')}</h2>
          <p>{t('done.summary', { id: s.batchId, added: s.added, updated: s.updated, unchanged: s.unchanged, rejected: s.rejected })}</p>
          <p>{t('done.total', { amount: `${money.exact(s.totalInvestment)} ${money.unit}` })}</p>
          {s.codesAdded.length > 0 && <p>{t('done.codes', { values: s.codesAdded.map((c) => t('done.codeValue', { list: t(`lists.${c.list}`), value: c.value })).join(t('preview.listSep')) })}</p>}
          <div className="import-actions left">
            {!wizard.undone && s.batchId !== null && s.added > 0 && (
              <button type="button" className="button-primary" onClick={() => setScheduling(true)}>{tb('offer', { count: s.added })}</button>
            )}
            {!wizard.undone && <button type="button" className="button-danger" disabled={wizard.busy !== null} onClick={() => void wizard.undo()}>{t('done.undo')}</button>}
            <a className="button-secondary" href="#/register">{t('done.register')}</a>
            <button type="button" className="button-primary" onClick={wizard.restart}>{t('done.another')}</button>
          </div>
        </div>
      </section>
      {scheduling && s.batchId !== null && (
        <BulkTemplateDialog target={{ batchId: s.batchId }} count={s.added} onChanged={() => undefined} onClose={() => setScheduling(false)} />
      )}
      <BatchList key={wizard.undone ? 'after-undo' : 'after-commit'} />
    </>
  );
}
