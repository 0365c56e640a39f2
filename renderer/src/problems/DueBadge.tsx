/** Where a 卡点 stands, as a light: red overdue, yellow due soon, green solved. */
import { useTranslation } from 'react-i18next';
import { problemDueText, type ProblemDue } from '../../../shared/domain/problems';

const COLOR: Record<ProblemDue['state'], string> = { overdue: 'red', dueSoon: 'yellow', open: 'blue', noDate: 'grey', resolved: 'green' };

export function DueBadge({ due }: { due: ProblemDue }) {
  const { i18n } = useTranslation();
  return (
    <span className={`light light-${COLOR[due.state]} problem-due`}>
      <span className="light-dot" aria-hidden="true" />
      {problemDueText(due, i18n.resolvedLanguage === 'en')}
    </span>
  );
}
