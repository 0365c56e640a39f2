/**
 * "当前" or a closed month, for views that can show a month's frozen figures (项目台账, 投资汇总).
 * The choice lives in the route (`?month=2026-10`), so a link or a reload keeps it; a closed month
 * comes with a banner saying the view is read-only and whose closing it is.
 */
import './closedMonthStrings';
import './closedMonth.css';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from './useApiQuery';
import type { MonthClosing } from '../../../shared/domain/monthEnd';
import { monthOfYearText } from './monthSpan';

function localTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The route with `month` set (or removed for 当前), other parameters kept. */
export function hashWithMonth(month: string | null): string {
  const [path = '', query = ''] = window.location.hash.split('?', 2) as [string?, string?];
  const params = new URLSearchParams(query);
  if (month) params.set('month', month);
  else params.delete('month');
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export function ClosedMonthPicker({ month }: { month: string | null }) {
  const { t, i18n } = useTranslation('closedMonth');
  const monthLabel = (m: string) => monthOfYearText(m, i18n.resolvedLanguage === 'en');
  const [list] = useApiQuery('months.list', {}, { live: true });
  const closings = list.status === 'ok' ? list.data.closings : [];
  // Nothing to pick until a month has been closed: the view stays as it always was.
  if (!month && closings.length === 0) return null;
  return (
    <label className="closed-month-picker">
      <span>{t('label')}</span>
      <select value={month ?? ''} onChange={(e) => { window.location.hash = hashWithMonth(e.target.value || null); }}>
        <option value="">{t('current')}</option>
        {closings.map((c) => <option key={c.month} value={c.month}>{t('option', { label: monthLabel(c.month) })}</option>)}
        {month && !closings.some((c) => c.month === month) && <option value={month}>{t('option', { label: monthLabel(month) })}</option>}
      </select>
    </label>
  );
}

export function ClosedMonthBanner({ closing }: { closing: MonthClosing }) {
  const { t, i18n } = useTranslation('closedMonth');
  const monthLabel = (m: string) => monthOfYearText(m, i18n.resolvedLanguage === 'en');
  return (
    <div className="closed-month-banner" role="status">
      <span>{t('banner', { label: monthLabel(closing.month), asOf: closing.asOf, at: localTime(closing.closedAt), actor: closing.actor })}</span>
      <a href={hashWithMonth(null)}>{t('back')}</a>
    </div>
  );
}
