/** A change record in words: the field's name, and values as people read them (amounts in the unit). */
import { fieldLabel } from '../../../shared/domain/fields';
import { STAGES, type ChangeRecord, type Stage } from '../../../shared/domain/types';
import { stageText } from '../common/domainText';
import type { Money } from '../common/money';

const AMOUNT_FIELDS = new Set(['totalInvestment', 'annualPlan', 'cumulativeCompleted', 'expectedOutput', 'planned', 'completed']);
const NODE_FIELDS: Record<string, { zh: string; en: string }> = {
  plannedStart: { zh: '计划开始', en: 'planned start' },
  plannedEnd: { zh: '计划完成', en: 'planned end' },
  actualStart: { zh: '实际开始', en: 'actual start' },
  actualEnd: { zh: '实际完成', en: 'actual end' },
  percent: { zh: '完成百分比', en: 'percent' },
  note: { zh: '备注', en: 'note' },
  name: { zh: '名称', en: 'name' },
  milestone: { zh: '里程碑', en: 'milestone' },
  seq: { zh: '顺序', en: 'order' },
  '*': { zh: '节点', en: 'node' },
};

const FROM_EN: Record<string, string> = { 签约日期: 'the signing date', 计划开工: 'the planned start' };

/**
 * The sentences the service writes into the history for whole-project and schedule changes, in
 * English. Names inside them (a template's, a node's, a project's) are data and stay as written.
 */
const AUDIT_EN: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^新建：(.*)$/s, (m) => `created: ${m[1]}`],
  [/^新增节点：(.*)$/s, (m) => `node added: ${m[1]}`],
  [/^节点：(.*)$/s, (m) => `node: ${m[1]}`],
  [/^(\d+)个节点$/, (m) => `${m[1]} nodes`],
  [/^(\d+)个项目$/, (m) => `${m[1]} projects`],
  [/^已清空$/, () => 'cleared'],
  [/^按模板「(.*)」自 (\S+) 生成$/s, (m) => `from template "${m[1]}" starting ${m[2]}`],
  [/^按模板「(.*)」自 (\S+)（由(.+)定）批量生成 (\d+) 个节点（批量操作 #(\d+)）$/s,
    (m) => `${m[4]} nodes from template "${m[1]}" starting ${m[2]} (${FROM_EN[m[3] ?? ''] ?? m[3]}), batch operation #${m[5]}`],
  [/^撤销批量操作 #(\d+)：已删除按模板「(.*)」生成的节点$/s, (m) => `batch operation #${m[1]} undone: the nodes from template "${m[2]}" removed`],
  [/^撤销导入批次 (\d+)：已删除$/, (m) => `import batch ${m[1]} undone: deleted`],
];

/** A stored history sentence in the UI's language (as stored in Chinese; an unknown one as it is). */
export function auditText(value: string, en: boolean): string {
  if (!en) return value;
  for (const [pattern, english] of AUDIT_EN) {
    const m = pattern.exec(value);
    if (m) return english(m);
  }
  return value;
}

function valueText(value: string | null, field: string, money: Money): string {
  const en = money.en;
  // An amount without a value is unknown (未填), not nothing.
  if (value === null || value === '') return AMOUNT_FIELDS.has(field) ? money.amount(null) : '—';
  if (AMOUNT_FIELDS.has(field) && /^\d+$/.test(value)) return money.withUnit(Number(value));
  if (value === 'true') return en ? 'yes' : '是';
  if (value === 'false') return en ? 'no' : '否';
  if ((field === 'stageOverride' || field === 'stage') && (STAGES as readonly string[]).includes(value)) return stageText(value as Stage, en);
  return auditText(value, en);
}

export function describeChange(r: ChangeRecord, money: Money): { field: string; before: string; after: string } {
  const en = money.en;
  const [head = '', tail] = r.field.split('.', 2) as [string?, string?];
  let field: string;
  let last = r.field;
  if (r.entity === 'problem') {
    // 卡点: "<its text, shortened>.<field>" (the text may itself hold a full stop), or '*' when added or removed.
    const dot = r.field.lastIndexOf('.');
    if (dot < 0) {
      field = en ? 'problem' : '卡点';
    } else {
      last = r.field.slice(dot + 1);
      const label = fieldLabel(last);
      field = `${en ? 'problem' : '卡点'}「${r.field.slice(0, dot)}」 · ${en ? label.en : label.zh}`;
    }
  } else if (r.entity === 'node' && tail !== undefined) {
    const label = NODE_FIELDS[tail] ?? { zh: tail, en: tail };
    field = `${head} · ${en ? label.en : label.zh}`;
    last = tail;
  } else if (r.entity === 'monthly' && tail !== undefined) {
    const label = fieldLabel(tail);
    field = `${head} ${en ? label.en : label.zh}`;
    last = tail;
  } else {
    const label = r.field === '*' ? { zh: '项目', en: 'project' } : r.field === 'archived' ? { zh: '归档', en: 'archived' } : r.field === 'nodes' ? { zh: '节点计划', en: 'schedule' } : fieldLabel(r.field);
    field = en ? label.en : label.zh;
  }
  return { field, before: valueText(r.before, last, money), after: valueText(r.after, last, money) };
}
