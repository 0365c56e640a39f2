/**
 * What a failed save on the project page tells the user. A version conflict (someone else saved
 * this project since the page loaded it) gets the 载入最新数据 button, on every tab alike.
 */
import { useTranslation } from 'react-i18next';
import { ApiCallError } from '../../../shared/errors';
import { errorText } from '../common/errorText';

export interface SaveProblem {
  text: string;
  conflict: boolean;
}

export function saveProblem(err: unknown, en: boolean): SaveProblem {
  // A 'conflict' naming fields is a duplicate code; one without is a stale version.
  const conflict = err instanceof ApiCallError && err.body.code === 'conflict' && !err.body.issues?.length;
  return { text: errorText(err, en), conflict };
}

/** `onKeepMine`: load the latest copy with the user's unsaved changes put back on top, so nothing typed is lost. */
export function SaveBanner({ problem, onReload, onKeepMine }: { problem: SaveProblem; onReload: () => void; onKeepMine?: (() => void) | undefined }) {
  const { t } = useTranslation('project');
  return (
    <div className={problem.conflict ? 'banner banner-conflict' : 'banner'} role="alert">
      {problem.conflict && <b>{t('conflict.title')}：</b>}
      <span>{problem.text}</span>
      {problem.conflict && (
        // Pressing it keeps the focus where it was: a blurred cell would try its refused save again.
        <button type="button" className="button-secondary small" onMouseDown={(e) => e.preventDefault()} onClick={onReload}>{t('conflict.reload')}</button>
      )}
      {problem.conflict && onKeepMine && (
        <button type="button" className="button-primary small" onMouseDown={(e) => e.preventDefault()} onClick={onKeepMine}>{t('conflict.keepMine')}</button>
      )}
    </div>
  );
}
