/** What a paste did not save, shown under the first refused cell (each refused cell is also marked red). */
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PasteReport as Report } from './usePasteCells';
import './excelStrings';
import './rangeEditStrings';

const SHOWN = 6;
const SOME = { paste: 'pastedSome', clear: 'clearedSome', cut: 'cutSome', fill: 'filledSome' } as const;

export function PasteReport({ report, container, onDismiss }: { report: Report | null; container: HTMLElement | null; onDismiss: () => void }) {
  const { t, i18n } = useTranslation('excel');
  const en = i18n.resolvedLanguage === 'en';
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);
  const first = report?.refused[0];

  useLayoutEffect(() => {
    if (!first || !container) return setPlace(null);
    const cell = container.querySelector(`[row-id="${CSS.escape(first.rowId)}"] [col-id="${CSS.escape(first.colId)}"]`);
    const box = container.getBoundingClientRect();
    const at = cell?.getBoundingClientRect();
    setPlace(at ? { top: Math.min(at.bottom - box.top + 4, box.height - 120), left: Math.max(8, Math.min(at.left - box.left, box.width - 460)) } : { top: 56, left: 16 });
  }, [first, container]);

  if (!report || !place) return null;
  const extra = report.refused.length - SHOWN;
  return (
    <div className="cell-refusal paste-report" role="alert" style={{ top: place.top, left: place.left }}>
      <span className="refusal-icon" aria-hidden="true">!</span>
      <div className="refusal-text">
        <b>{t(SOME[report.kind], { saved: report.saved, refused: report.refused.length })}{report.outside ? t('outside', { count: report.outside }) : ''}</b>
        <ul>
          {report.refused.slice(0, SHOWN).map((r) => (
            <li key={`${r.rowId}|${r.colId}`}><span className="paste-where">{r.where}</span>：{en ? r.messageEn : r.message}</li>
          ))}
          {extra > 0 && <li>{t('more', { count: extra })}</li>}
        </ul>
      </div>
      <button type="button" className="refusal-close" onClick={onDismiss} aria-label={t('close')}>×</button>
    </div>
  );
}
