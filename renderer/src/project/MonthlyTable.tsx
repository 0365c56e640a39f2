/** 月度投资: the year's twelve months (planned, completed, 形象进度, 存在问题), editable, with 1–N月 and year sums. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { amountEditText, parseAmountInput } from '../common/fieldInput';
import type { AmountDisplay } from '../../../shared/domain/money';
import { useMoney } from '../common/money';
import { monthSpan } from '../common/monthSpan';
import type { MonthlyEntry } from '../../../shared/domain/types';
import { SaveBanner, saveProblem, type SaveProblem } from './SaveBanner';
import type { ProjectWrite } from './useProjectData';

type MonthField = 'planned' | 'completed' | 'progressNote' | 'problems';

interface Props {
  projectId: number;
  entries: MonthlyEntry[];
  display: AmountDisplay;
  today: string;
  /** Every monthly write goes through here, carrying the project version the page holds. */
  write: ProjectWrite;
  onReload: () => void;
}

export function MonthlyTable({ projectId, entries, display, today, write, onReload }: Props) {
  const { t, i18n } = useTranslation('project');
  const en = i18n.resolvedLanguage === 'en';
  const money = useMoney(display);
  const unit = money.unit;
  const thisYear = Number(today.slice(0, 4));
  const years = useMemo(() => [...new Set([thisYear, ...entries.map((e) => Number(e.month.slice(0, 4)))])].sort((a, b) => b - a), [entries, thisYear]);
  const [year, setYear] = useState(thisYear);
  const [error, setError] = useState<SaveProblem | null>(null);
  const byMonth = new Map(entries.map((e) => [e.month, e]));
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const throughMonth = year === thisYear ? Number(today.slice(5, 7)) : year < thisYear ? 12 : 0;
  const sum = (field: 'planned' | 'completed', upTo: number) =>
    months.slice(0, upTo).reduce((total, m) => total + (byMonth.get(m)?.[field] ?? 0), 0);

  const save = async (month: string, field: MonthField, text: string) => {
    const entry = byMonth.get(month);
    let value: string | number = text.trim();
    if (field === 'planned' || field === 'completed') {
      const parsed = parseAmountInput(text === '' ? '0' : text, display.unit);
      if (!parsed.ok) return setError({ text: `${month} ${t(`monthly.${field}`, { unit })}：${en ? parsed.messageEn : parsed.message}`, conflict: false });
      value = parsed.value ?? 0;
      if ((entry?.[field] ?? 0) === value) return;
    } else if ((entry?.[field] ?? '') === value) return;
    try {
      // The banner is cleared on success only (see NodeTable's run).
      await write((version) => api('monthly.set', { projectId, month, values: { [field]: value }, version }));
      setError(null);
    } catch (err) {
      setError(saveProblem(err, en));
    }
  };

  const input = (month: string, field: MonthField) => {
    const entry = byMonth.get(month);
    const raw = entry?.[field];
    const initial = typeof raw === 'number' ? (raw === 0 ? '' : amountEditText(raw, display)) : (raw ?? '');
    const label = `${t('monthly.monthLabel', { month: Number(month.slice(5)) })} ${t(`monthly.${field}`, { unit })}`;
    return (
      <td className={`month-${field}`}>
        <input
          key={`${month}:${initial}`}
          defaultValue={initial}
          aria-label={label}
          onBlur={(e) => { if (e.target.value !== initial) void save(month, field, e.target.value); }}
          onKeyDown={(e) => { if (e.key === 'Enter') e.currentTarget.blur(); }}
        />
      </td>
    );
  };

  return (
    <div className="monthly-panel">
      <div className="panel-toolbar">
        <label className="form-field inline">
          <span>{t('monthly.year')}</span>
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
      </div>
      {error && <SaveBanner problem={error} onReload={onReload} />}
      <table className="edit-table monthly-table">
        <thead>
          <tr>
            <th scope="col">{t('monthly.month')}</th>
            <th scope="col" className="num">{t('monthly.planned', { unit })}</th>
            <th scope="col" className="num">{t('monthly.completed', { unit })}</th>
            <th scope="col">{t('monthly.progressNote')}</th>
            <th scope="col">{t('monthly.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month, i) => (
            <tr key={month} className={i + 1 === throughMonth ? 'current-month' : undefined}>
              <th scope="row">{t('monthly.monthLabel', { month: i + 1 })}</th>
              {input(month, 'planned')}
              {input(month, 'completed')}
              {input(month, 'progressNote')}
              {input(month, 'problems')}
            </tr>
          ))}
        </tbody>
        <tfoot>
          {throughMonth > 0 && throughMonth < 12 && (
            <tr>
              <th scope="row">{t('monthly.ytd', { span: monthSpan(throughMonth, en) })}</th>
              <td className="num">{money.sum(sum('planned', throughMonth))}</td>
              <td className="num">{money.sum(sum('completed', throughMonth))}</td>
              <td colSpan={2} />
            </tr>
          )}
          <tr>
            <th scope="row">{t('monthly.yearTotal')}</th>
            <td className="num">{money.sum(sum('planned', 12))}</td>
            <td className="num">{money.sum(sum('completed', 12))}</td>
            <td colSpan={2} />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
