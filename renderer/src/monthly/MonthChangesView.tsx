/** 比上月 on screen: counts first, then a short table per kind of change, then investment added by chain and area. */
import { useTranslation } from 'react-i18next';
import { LIGHT_NAMES } from '../../../shared/domain/lightNames';
import type { ChangedProject, InvestmentDelta, LightChange, MonthChanges, ProblemChange } from '../../../shared/domain/monthChanges';
import type { Money } from '../common/money';
import { monthOfYearText } from '../common/monthSpan';
import { rollupKeyText, stageText } from '../common/domainText';

interface Row {
  key: string;
  projectId: number;
  name: string;
  code: string;
  area: string;
  change: string;
  note: string;
  tone?: 'red' | 'green';
}

const PROJECT_KINDS = ['newProjects', 'signed', 'started', 'completed', 'producing', 'turnedRed', 'recovered', 'newProblems', 'solvedProblems', 'removedProjects'] as const;
type Kind = (typeof PROJECT_KINDS)[number];

/**
 * Investment added shows in the screen's unit and decimals, as 首页 and 投资汇总 beside it do (the
 * exact figure, to the 元, on hover); the 比上月变化表 report keeps its own unit.
 */
export function MonthChangesView({ changes, money }: { changes: MonthChanges; money: Money }) {
  const { t } = useTranslation('monthly');
  const en = money.en;
  const label = monthOfYearText(changes.month, en);
  if (!changes.previous) return <p className="close-empty" role="status">{t('close.noPrevious', { label })}</p>;

  const light = (c: LightChange['color']) => (en ? LIGHT_NAMES[c].en : LIGHT_NAMES[c].zh);
  const project = (p: ChangedProject, change: string, note = '', tone?: Row['tone']): Row => ({ key: `p${p.id}`, projectId: p.id, name: p.name, code: p.code, area: p.area, change, note, ...(tone ? { tone } : {}) });
  const step = (p: ChangedProject) => t('close.stageStep', { from: p.previousStage ? stageText(p.previousStage, en) : '', to: stageText(p.stage, en) });
  const problem = (p: ProblemChange): Row => ({
    key: `q${p.id}`, projectId: p.projectId, name: p.name, code: p.code, area: '',
    change: p.open ? t('close.open') : p.resolvedOn ? t('close.solvedOn', { date: p.resolvedOn }) : t('close.solved'),
    note: [p.text, p.department, p.promisedOn ? t('close.promised', { date: p.promisedOn }) : '', p.open ? '' : p.resolution].filter(Boolean).join(' · '),
    ...(p.open ? {} : { tone: 'green' as const }),
  });
  const rows: Record<Kind, Row[]> = {
    newProjects: changes.newProjects.map((p) => project(p, t('close.newStage', { stage: stageText(p.stage, en) }))),
    signed: changes.milestones.signed.map((p) => project(p, step(p))),
    started: changes.milestones.started.map((p) => project(p, step(p))),
    completed: changes.milestones.completed.map((p) => project(p, step(p))),
    producing: changes.milestones.producing.map((p) => project(p, step(p))),
    turnedRed: changes.turnedRed.map((p) => project(p, t('close.lightStep', { from: light(p.previousColor), to: light('red') }), en ? p.reasonEn : p.reason, 'red')),
    recovered: changes.recovered.map((p) => project(p, t('close.lightStep', { from: light('red'), to: light(p.color) }), t('close.wasRed', { reason: en ? p.reasonEn : p.reason }), 'green')),
    newProblems: changes.newProblems.map(problem),
    solvedProblems: changes.solvedProblems.map(problem),
    removedProjects: changes.removedProjects.map((p) => project(p, stageText(p.stage, en))),
  };

  return (
    <div className="close-changes">
      <ul className="close-counts" aria-label={t('close.changesTitle', { label })}>
        {PROJECT_KINDS.slice(0, 7).map((k) => (
          <li key={k} className={`close-count close-count-${k} ${rows[k].length ? '' : 'close-count-zero'}`}>
            <a href={`#close-${k}`}><strong>{rows[k].length}</strong><span>{t(`close.kinds.${k}`)}</span></a>
          </li>
        ))}
        <li className="close-count close-count-added">
          <a href="#close-investment"><strong title={money.exact(changes.investmentTotal.added)}>{money.sum(changes.investmentTotal.added)}</strong><span>{t('close.addedIn', { unit: money.unit })}</span></a>
        </li>
        {PROJECT_KINDS.slice(7, 9).map((k) => (
          <li key={k} className={`close-count ${rows[k].length ? '' : 'close-count-zero'}`}>
            <a href={`#close-${k}`}><strong>{rows[k].length}</strong><span>{t(`close.kinds.${k}`)}</span></a>
          </li>
        ))}
      </ul>
      <div className="close-sections">
        {PROJECT_KINDS.filter((k) => rows[k].length > 0).map((k) => (
          <section key={k} id={`close-${k}`} className={`close-section close-section-${k}`} aria-label={t(`close.kinds.${k}`)}>
            <h4>{t(`close.kinds.${k}`)} <span className="close-section-count">{rows[k].length}</span></h4>
            <table className="close-table">
              <tbody>
                {rows[k].map((r) => (
                  <tr key={r.key} className={r.tone ? `close-row-${r.tone}` : ''}>
                    <td className="close-name"><a href={`#/project/${r.projectId}`}>{r.name}</a><span className="close-code">{r.code}</span></td>
                    <td className="close-change">{r.change}</td>
                    <td className="close-note">{r.note || r.area}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
      {PROJECT_KINDS.some((k) => rows[k].length === 0) && (
        <p className="close-unchanged">{t('close.unchanged', { kinds: PROJECT_KINDS.filter((k) => rows[k].length === 0).map((k) => t(`close.kinds.${k}`)).join(en ? ', ' : '、') })}</p>
      )}
      <section id="close-investment" className="close-investment" aria-label={t('close.added')}>
        <h4>{t('close.added')} <span className="close-unit">{t('close.unit', { unit: money.unit })}{changes.investmentTotal.previous === null ? ` · ${t('close.newYear')}` : ''}</span></h4>
        <div className="close-investment-tables">
          <InvestmentTable title={t('close.byChain')} by="chain" rows={changes.investmentByChain} total={changes.investmentTotal} money={money} />
          <InvestmentTable title={t('close.byArea')} by="area" rows={changes.investmentByArea} total={changes.investmentTotal} money={money} />
        </div>
      </section>
    </div>
  );
}

interface InvestmentTableProps {
  title: string;
  by: 'chain' | 'area';
  rows: InvestmentDelta[];
  total: InvestmentDelta;
  money: Money;
}

function InvestmentTable({ title, by, rows, total, money }: InvestmentTableProps) {
  const { t } = useTranslation('monthly');
  const figure = (yuan: number, sign = '') => <span title={money.exact(yuan)}>{sign}{money.sum(yuan)}</span>;
  const line = (d: InvestmentDelta, name: string, className = '') => (
    <tr key={d.key} className={className}>
      <th scope="row">{name}</th>
      <td>{d.count}</td>
      <td>{d.previous === null ? '—' : figure(d.previous)}</td>
      <td>{figure(d.current)}</td>
      <td className={d.added < 0 ? 'close-negative' : d.added > 0 ? 'close-positive' : ''}>{figure(d.added, d.added > 0 ? '+' : '')}</td>
    </tr>
  );
  return (
    <table className="close-inv" aria-label={title}>
      <thead>
        <tr><th scope="col">{title}</th><th scope="col">{t('close.invCols.count')}</th><th scope="col">{t('close.invCols.previous')}</th><th scope="col">{t('close.invCols.current')}</th><th scope="col">{t('close.invCols.added')}</th></tr>
      </thead>
      <tbody>
        {rows.map((d) => line(d, rollupKeyText(by, d.key, money.en)))}
        {line(total, t('close.total'), 'close-inv-total')}
      </tbody>
    </table>
  );
}
