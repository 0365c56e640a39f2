import { isIsoMonth } from '../../../shared/domain/dates';
import { formatAmount } from '../../../shared/domain/money';
import { monthLabel } from '../../../shared/domain/monthEnd';
import { LIGHT_NAMES } from '../../../shared/domain/lightNames';
import type { ChangedProject, InvestmentDelta, MonthChanges, ProblemChange } from '../../../shared/domain/monthChanges';
import { UsageError, type CliCommand } from '../command';

const project = (p: ChangedProject) => `${p.code} ${p.name}（${p.area || '区域未填'}，${p.chain || '产业链未填'}）`;
const problem = (p: ProblemChange) => `${p.code} ${p.name}：${p.text}${p.department ? `（${p.department}）` : ''}${!p.open && p.resolvedOn ? `，${p.resolvedOn} 解决` : ''}`;
const amount = (yuan: number) => formatAmount(yuan, '万元');
const delta = (d: InvestmentDelta) => `${d.key.padEnd(10, '　')} ${String(d.count).padStart(4)}个  新增 ${amount(d.added).padStart(12)}  （本月1–N月 ${amount(d.current)}${d.previous === null ? '' : `，上次 ${amount(d.previous)}`}）`;

/** The 比上月 as lines: one heading per kind of change, then one line per project or 卡点. */
function lines(c: MonthChanges): string[] {
  const head = `${monthLabel(c.month)}${c.closed ? '（已月结）' : '（未月结，当前数据）'}`;
  if (!c.previous) return [`${head}：此前没有已月结的月份，无从比较 / no earlier closed month to compare with`];
  const out = [`${head}与${monthLabel(c.previous.month)}月结相比 / ${c.month} against ${c.previous.month}（金额单位：万元）`];
  const section = (title: string, items: string[]) => {
    out.push('', `${title}（${items.length}）`);
    for (const item of items) out.push(`  ${item}`);
  };
  section('新入库项目', c.newProjects.map(project));
  section('新签约', c.milestones.signed.map(project));
  section('新开工', c.milestones.started.map(project));
  section('新竣工', c.milestones.completed.map(project));
  section('新投产', c.milestones.producing.map(project));
  section('转为红灯', c.turnedRed.map((p) => `${project(p)} ${LIGHT_NAMES[p.previousColor].zh}→红灯：${p.reason}`));
  section('红灯解除', c.recovered.map((p) => `${project(p)} 红灯→${LIGHT_NAMES[p.color].zh}`));
  section('新增卡点', c.newProblems.map(problem));
  section('已解决卡点', c.solvedProblems.map(problem));
  section('移出台账', c.removedProjects.map(project));
  out.push('', `新增完成投资：合计 ${amount(c.investmentTotal.added)}`);
  section('按产业链', c.investmentByChain.map(delta));
  section('按区域', c.investmentByArea.map(delta));
  return out;
}

export const changesCommand: CliCommand = {
  name: 'changes',
  usage: 'changes --month YYYY-MM [--json]',
  summary: '比上月：与上次月结相比的变化（只读）/ changes since the previous closed month (read-only)',
  readsOnly: true,
  options: { month: { type: 'string' }, json: { type: 'boolean' } },
  async run(ledger, values, _pos, io) {
    const month = values.month;
    if (typeof month !== 'string' || !isIsoMonth(month)) throw new UsageError(`--month 应为 YYYY-MM：${String(month ?? '（缺少）')}`, `--month must be YYYY-MM: ${String(month ?? '(missing)')}`);
    const changes = await ledger.send('months.changes', { month });
    if (values.json) io.out(JSON.stringify({ ...changes, unit: '元' }, null, 2));
    else for (const line of lines(changes)) io.out(line);
    return 0;
  },
};
