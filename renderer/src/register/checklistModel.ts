/**
 * The checklist filter's model and logic, apart from its UI: which values a column keeps, and the
 * values to offer with their counts. A blank cell is the value '' ((空白) in the list). Layouts saved
 * before the checklist (a text filter such as 级别 = 省重大) still filter as they did.
 */

/** The values kept, as the cells hold them ('' for blanks); saved with the register's views. */
export interface ChecklistModel {
  filterType: 'checklist';
  values: string[];
}

/** A text filter model as AG Grid's text filter saved it, one condition or two joined. */
interface TextCondition { filterType?: 'text'; type?: string; filter?: string | null }
interface TextModel extends TextCondition { operator?: 'AND' | 'OR'; conditions?: TextCondition[] }

export type ColumnFilterModel = ChecklistModel | TextModel;

export function isChecklistModel(model: unknown): model is ChecklistModel {
  return typeof model === 'object' && model !== null && (model as ChecklistModel).filterType === 'checklist' && Array.isArray((model as ChecklistModel).values);
}

export function checklistModel(values: Iterable<string>): ChecklistModel {
  return { filterType: 'checklist', values: [...values] };
}

/** A cell's value as the checklist keys it: text, '' for a blank. */
export function checklistKey(value: unknown): string {
  if (value === null || value === undefined) return '';
  return Array.isArray(value) ? value.join('、') : String(value);
}

function textTest({ type = 'contains', filter }: TextCondition): (key: string) => boolean {
  const needle = (filter ?? '').toLowerCase();
  switch (type) {
    case 'equals': return (k) => k.toLowerCase() === needle;
    case 'notEqual': return (k) => k.toLowerCase() !== needle;
    case 'notContains': return (k) => !k.toLowerCase().includes(needle);
    case 'startsWith': return (k) => k.toLowerCase().startsWith(needle);
    case 'endsWith': return (k) => k.toLowerCase().endsWith(needle);
    case 'blank': return (k) => k === '';
    case 'notBlank': return (k) => k !== '';
    default: return (k) => k.toLowerCase().includes(needle);
  }
}

/** Whether a cell's key passes the model; no model passes everything. */
export function checklistTest(model: ColumnFilterModel | null | undefined): (key: string) => boolean {
  if (!model) return () => true;
  if (isChecklistModel(model)) {
    const kept = new Set(model.values);
    return (key) => kept.has(key);
  }
  if (model.conditions?.length) {
    const tests = model.conditions.map(textTest);
    return model.operator === 'OR' ? (k) => tests.some((f) => f(k)) : (k) => tests.every((f) => f(k));
  }
  return textTest(model);
}

export interface ChecklistEntry {
  key: string;
  /** Projects with this value among those the other filters leave. */
  count: number;
}

/**
 * The values to offer: each value of the rows the other filters leave, with its count, plus any
 * value the model keeps (so a kept value never vanishes from the list). In `order` first (the code
 * list's or the stages' order), then the most frequent, then by name.
 */
export function checklistEntries(counts: ReadonlyMap<string, number>, kept: Iterable<string>, order: readonly string[] = []): ChecklistEntry[] {
  const keys = new Set([...counts.keys(), ...kept]);
  const rank = new Map(order.map((k, i) => [k, i]));
  return [...keys]
    .map((key) => ({ key, count: counts.get(key) ?? 0 }))
    .sort((a, b) => {
      // Blanks last, as in Excel.
      if ((a.key === '') !== (b.key === '')) return a.key === '' ? 1 : -1;
      const ra = rank.get(a.key) ?? Infinity;
      const rb = rank.get(b.key) ?? Infinity;
      if (ra !== rb) return ra - rb;
      if (a.count !== b.count) return b.count - a.count;
      return a.key.localeCompare(b.key, 'zh-Hans-CN');
    });
}
