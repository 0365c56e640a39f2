/** 月度调度: the monthly loop — templates out and back, the month closed and compared, 卡点 chased to the end. */
import './strings';
import './monthly.css';
import { useTranslation } from 'react-i18next';
import { useSessionState } from '../common/useSessionState';
import { ClosePanel } from './ClosePanel';
import { ProblemsPanel } from './ProblemsPanel';
import { RoundsPanel } from './RoundsPanel';

const SECTIONS = ['rounds', 'close', 'problems'] as const;
type Section = (typeof SECTIONS)[number];
const isSection = (v: unknown): v is Section => typeof v === 'string' && (SECTIONS as readonly string[]).includes(v);

export function MonthlyView() {
  const { t } = useTranslation('monthly');
  const [section, setSection] = useSessionState<Section>('monthly.section', 'rounds', isSection);
  return (
    <section className="monthly" aria-labelledby="monthly-title">
      <p className="monthly-intro" id="monthly-title">{t('intro')}</p>
      <div className="monthly-body">
        <nav className="monthly-nav" aria-label={t('title')}>
          {SECTIONS.map((s) => (
            <button key={s} type="button" className={s === section ? 'active' : ''} aria-current={s === section ? 'page' : undefined} onClick={() => setSection(s)}>
              {t(`sections.${s}`)}
            </button>
          ))}
        </nav>
        <div className="monthly-panel">
          <h3>{t(`sections.${section}`)}</h3>
          {section === 'rounds' && <RoundsPanel />}
          {section === 'close' && <ClosePanel />}
          {section === 'problems' && <ProblemsPanel />}
        </div>
      </div>
    </section>
  );
}
