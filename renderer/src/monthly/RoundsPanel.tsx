/** Rounds section of 月度调度 (placeholder until built). */
import { useTranslation } from 'react-i18next';

export function RoundsPanel() {
  const { t } = useTranslation('monthly');
  return <p className="monthly-pending" data-section="rounds">{t('pending')}</p>;
}
