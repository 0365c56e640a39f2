/** The slice the route asked for, as chips above the grid; × drops one, 清除 drops them all. */
import { useTranslation } from 'react-i18next';
import { rollupKeyText } from '../common/domainText';
import { DIMENSION_LABELS_EN } from './strings';
import { hashWithout, hashWithoutIds, sliceEntries, sliceLabel, type IdSlice, type Slice } from './routeSlice';

export function SliceChips({ slice, idSlice, params }: { slice: Slice; idSlice: IdSlice | null; params: URLSearchParams }) {
  const { t, i18n } = useTranslation('workbench');
  const entries = sliceEntries(slice);
  if (!entries.length && !idSlice) return null;
  const en = i18n.resolvedLanguage === 'en';
  return (
    <div className="slice-chips" role="group" aria-label={t('slice.label')}>
      <span className="slice-title">{t('slice.label')}</span>
      {entries.map(([by, key]) => {
        const value = rollupKeyText(by, key, en);
        const dim = en ? (DIMENSION_LABELS_EN[by] ?? by) : sliceLabel(by);
        return (
          <span className="chip" key={by}>
            <span className="chip-dim">{dim}</span>
            <span className="chip-value">{value}</span>
            <a className="chip-remove" href={hashWithout(params, by)} aria-label={t('slice.remove', { dim, value })} title={t('slice.remove', { dim, value })}>×</a>
          </span>
        );
      })}
      {idSlice && (
        <span className="chip">
          <span className="chip-value">{idSlice.label || t('slice.ids')} · {t('slice.idsCount', { count: idSlice.ids.size })}</span>
          <a className="chip-remove" href={hashWithoutIds(params)} aria-label={t('slice.removeIds', { label: idSlice.label })} title={t('slice.removeIds', { label: idSlice.label })}>×</a>
        </span>
      )}
      <a className="chip-clear" href="#/register">{t('slice.clear')}</a>
    </div>
  );
}
