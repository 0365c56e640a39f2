/** The slice the route asked for, as chips above the grid; × drops one, 清除 drops them all. */
import { useTranslation } from 'react-i18next';
import { DIMENSION_LABELS_EN } from './strings';
import { hashWithout, sliceEntries, sliceLabel, type Slice } from './routeSlice';

export function SliceChips({ slice, params }: { slice: Slice; params: URLSearchParams }) {
  const { t, i18n } = useTranslation('workbench');
  const entries = sliceEntries(slice);
  if (!entries.length) return null;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <div className="slice-chips" role="group" aria-label={t('slice.label')}>
      <span className="slice-title">{t('slice.label')}</span>
      {entries.map(([by, value]) => {
        const dim = en ? (DIMENSION_LABELS_EN[by] ?? by) : sliceLabel(by);
        return (
          <span className="chip" key={by}>
            <span className="chip-dim">{dim}</span>
            <span className="chip-value">{value}</span>
            <a className="chip-remove" href={hashWithout(params, by)} aria-label={t('slice.remove', { dim, value })} title={t('slice.remove', { dim, value })}>×</a>
          </span>
        );
      })}
      <a className="chip-clear" href="#/register">{t('slice.clear')}</a>
    </div>
  );
}
