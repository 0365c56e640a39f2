/**
 * The light rules in words, from the settings in force: shown beside the lights (使用说明, 设置与数据)
 * and printed as the reports' footnote, so a leader reads the same rule the app applied.
 */

import type { Settings } from './types';

type RuleSettings = Pick<Settings, 'warningDays' | 'agingYellowMonths' | 'agingRedMonths' | 'problemOverdueRed'>;

export interface LightRule {
  color: 'red' | 'yellow' | 'amber' | 'green' | 'grey';
  zh: string;
  en: string;
}

export function lightRules(s: RuleSettings): LightRule[] {
  const rules: LightRule[] = [
    { color: 'red', zh: '红灯（逾期）：节点已过计划完成日期仍未完成', en: 'Red (overdue): a node past its planned end and not done' },
  ];
  if (s.problemOverdueRed) {
    rules.push({ color: 'red', zh: '红灯（卡点逾期）：未解决的卡点已过承诺解决日期，其所在节点亮红灯；未关联节点的卡点使项目亮红灯', en: 'Red (problem overdue): an open problem past its promised date turns its node red, or the project when it is tied to no node' });
  }
  rules.push(
    { color: 'red', zh: `红灯（无进展）：在建项目连续 ${s.agingRedMonths} 个月没有填报进展`, en: `Red (idle): ${s.agingRedMonths} months without recorded progress` },
    { color: 'yellow', zh: `黄灯（预警）：节点将在 ${s.warningDays} 天内到期，仍未完成`, en: `Yellow (warning): a node due within ${s.warningDays} days and not done` },
    { color: 'yellow', zh: `黄灯（无进展）：在建项目连续 ${s.agingYellowMonths} 个月没有填报进展`, en: `Yellow (idle): ${s.agingYellowMonths} months without recorded progress` },
    { color: 'amber', zh: '橙色（完成滞后）：节点已完成，但晚于计划完成日期', en: 'Amber (finished late): a node done after its planned end' },
    { color: 'green', zh: '绿灯（正常）：各节点按计划推进', en: 'Green (on track): every node on schedule' },
    { color: 'grey', zh: '灰色：尚未排定节点，或项目已终止', en: 'Grey: no schedule yet, or the project was terminated' },
  );
  return rules;
}

/** One line for a report's footnote. */
export function lightRulesFootnote(s: RuleSettings): string {
  const problem = s.problemOverdueRed ? '或卡点逾期' : '';
  return `亮灯规则：红灯＝节点逾期${problem}或连续 ${s.agingRedMonths} 个月无进展；黄灯＝${s.warningDays} 天内到期或连续 ${s.agingYellowMonths} 个月无进展；橙色＝完成滞后；绿灯＝正常。`;
}
