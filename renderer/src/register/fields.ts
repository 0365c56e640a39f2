/** Every project field as a register column: how it is edited, how wide, and whether it shows by default. */
import type { CodeListName, ProjectFields } from '../../../shared/domain/types';

export type FieldKind = 'text' | 'longText' | 'amount' | 'optionalAmount' | 'date' | 'number' | 'code' | 'stage' | 'tags';

export interface FieldSpec {
  field: keyof ProjectFields;
  kind: FieldKind;
  width: number;
  /** Shown when no saved layout says otherwise. */
  shown: boolean;
  list?: CodeListName;
}

export const REGISTER_FIELDS: readonly FieldSpec[] = [
  { field: 'code', kind: 'text', width: 108, shown: true },
  { field: 'name', kind: 'text', width: 210, shown: true },
  { field: 'company', kind: 'text', width: 150, shown: true },
  { field: 'chain', kind: 'code', width: 108, shown: true, list: 'chain' },
  { field: 'area', kind: 'code', width: 104, shown: true, list: 'area' },
  { field: 'level', kind: 'code', width: 82, shown: true, list: 'level' },
  // 总投资 and 年度计划 may be unknown: an emptied cell saves 未填 (null), never 0.
  { field: 'totalInvestment', kind: 'optionalAmount', width: 136, shown: true },
  { field: 'annualPlan', kind: 'optionalAmount', width: 170, shown: true },
  { field: 'cumulativeCompleted', kind: 'optionalAmount', width: 176, shown: false },
  { field: 'ownerUnit', kind: 'text', width: 130, shown: false },
  { field: 'leader', kind: 'text', width: 96, shown: false },
  { field: 'contact', kind: 'text', width: 96, shown: false },
  { field: 'kind', kind: 'code', width: 96, shown: false, list: 'kind' },
  { field: 'source', kind: 'code', width: 90, shown: false, list: 'source' },
  { field: 'signedOn', kind: 'date', width: 112, shown: false },
  { field: 'plannedStart', kind: 'date', width: 112, shown: false },
  { field: 'plannedCompletion', kind: 'date', width: 112, shown: false },
  { field: 'landMu', kind: 'number', width: 100, shown: false },
  { field: 'capacity', kind: 'text', width: 140, shown: false },
  { field: 'expectedOutput', kind: 'optionalAmount', width: 156, shown: false },
  { field: 'progressNote', kind: 'longText', width: 240, shown: false },
  { field: 'problems', kind: 'longText', width: 220, shown: false },
  { field: 'nationalCode', kind: 'text', width: 210, shown: false },
  { field: 'stageOverride', kind: 'stage', width: 110, shown: false },
  { field: 'tags', kind: 'tags', width: 120, shown: false },
];

export function fieldSpec(colId: string): FieldSpec | undefined {
  return REGISTER_FIELDS.find((f) => f.field === colId);
}
