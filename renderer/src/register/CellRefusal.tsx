/** Why an edit was refused, shown at the cell it was typed in, until dismissed or the next edit. */
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Refusal } from './useCellEdit';

export function CellRefusal({ refusal, container, onDismiss }: { refusal: Refusal | null; container: HTMLElement | null; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('workbench');
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    if (!refusal || !container) return setPlace(null);
    const cell = container.querySelector(`[row-id="${CSS.escape(refusal.rowId)}"] [col-id="${CSS.escape(refusal.colId)}"]`);
    const box = container.getBoundingClientRect();
    const at = cell?.getBoundingClientRect();
    setPlace(at ? { top: at.bottom - box.top + 4, left: Math.max(8, Math.min(at.left - box.left, box.width - 380)) } : { top: 56, left: 16 });
  }, [refusal, container]);

  if (!refusal || !place) return null;
  return (
    <div className="cell-refusal" role="alert" style={{ top: place.top, left: place.left }}>
      <span className="refusal-icon" aria-hidden="true">!</span>
      <span className="refusal-text">
        <b>{t('refused')}</b>
        {i18n.resolvedLanguage === 'en' ? refusal.messageEn : refusal.message}
      </span>
      <button type="button" className="refusal-close" onClick={onDismiss} aria-label={t('dismiss')}>×</button>
    </div>
  );
}
