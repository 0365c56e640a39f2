/** 打印: the browser's print of the view; each view's print styles (app/print.css) decide what goes on paper. */
import { useTranslation } from 'react-i18next';
import './printStrings';

export function PrintButton({ title, className = 'tool-button' }: { title?: string; className?: string }) {
  const { t } = useTranslation('print');
  return (
    <button type="button" className={`${className} no-print`} onClick={() => window.print()} title={title ?? t('title')}>
      {t('button')}
    </button>
  );
}
