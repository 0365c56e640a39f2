/** The question asked when unsaved edits would be dropped (see leaveGuard.ts). */
import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog';
import { answerLeave, useLeaveQuestion } from './leaveGuard';

export function LeaveGuardDialog() {
  const { t } = useTranslation();
  const asking = useLeaveQuestion();
  if (!asking) return null;
  return (
    <Dialog title={t('leave.title')} onClose={() => answerLeave(false)} onSubmit={() => answerLeave(true)} submitLabel={t('leave.leave')} cancelLabel={t('leave.stay')}>
      <p>{t('leave.text')}</p>
    </Dialog>
  );
}
