/** A change record in words: the field's name, and values as people read them (amounts in the unit). */
import { fieldLabel } from '../../../shared/domain/fields';
import { formatAmount, type MoneyUnit } from '../../../shared/domain/money';
import type { ChangeRecord } from '../../../shared/domain/types';
import { UNKNOWN_AMOUNT } from '../../../shared/domain/unknownAmounts';

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

function valueText(value: string | null, amount: boolean, unit: MoneyUnit, en: boolean): string {
  // An amount without a value is unknown (未填), not nothing.
  if (value === null || value === '') return amount ? UNKNOWN_AMOUNT[en ? 'en' : 'zh'] : '—';
  if (amount && /^\d+$/.test(value)) return `${formatAmount(Number(value), unit)}${unit}`;
  if (value === 'true') return '是';
  if (value === 'false') return '否';
  return value;
}

export function describeChange(r: ChangeRecord, unit: MoneyUnit, en: boolean): { field: string; before: string; after: string } {
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
  const amount = AMOUNT_FIELDS.has(last);
  return { field, before: valueText(r.before, amount, unit, en), after: valueText(r.after, amount, unit, en) };
}
