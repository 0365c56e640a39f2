/** The 合计, group (小计) and note lines an import leaves out, listed so the user sees none became a project. */
import { useTranslation } from 'react-i18next';
import type { ImportInspection } from '../../../shared/import/types';

export function SkippedRows({ rows }: { rows: ImportInspection['skippedRows'] }) {
  const { t } = useTranslation('import');
  if (rows.length === 0) return null;
  return (
    <details className="import-skipped">
      <summary>{t('read.skipped', { count: rows.length })}</summary>
      <ul>
        {rows.map((r) => <li key={r.line}>#{r.line} <span className="tag grey">{t(`read.skippedKinds.${r.kind}`)}</span> {r.text}</li>)}
      </ul>
    </details>
  );
}
