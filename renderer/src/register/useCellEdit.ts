/**
 * Inline edits of the register: the typed text is read by the field's kind; a value the field
 * cannot take is refused in place with the reason (ours or the service's) and never saved; a
 * project changed elsewhere meanwhile is reported and reloaded, never overwritten.
 */
import type { CellEditRequestEvent } from 'ag-grid-community';
import { useCallback, useState } from 'react';
import { api } from '../api/client';
import { ApiCallError } from '../../../shared/errors';
import type { MoneyUnit } from '../../../shared/domain/money';
import type { ProjectFields, ProjectRow } from '../../../shared/domain/types';
import { PROJECT_FIELD_LABELS } from '../../../shared/domain/fields';
import { parseAmountInput, parseDateInput, parseNumberInput, parseTagsInput, type Parsed } from '../common/fieldInput';
import { fieldSpec, type FieldSpec } from './fields';
import type { GridRow } from './registerRow';

export interface Refusal {
  rowId: string;
  colId: string;
  message: string;
  messageEn: string;
}

export function valueFromInput(spec: FieldSpec, input: unknown, unit: MoneyUnit): Parsed<unknown> {
  if (typeof input === 'number' && (spec.kind === 'amount' || spec.kind === 'optionalAmount')) return { ok: true, value: input };
  const text = input === null || input === undefined ? '' : String(input);
  switch (spec.kind) {
    case 'amount':
      return parseAmountInput(text, unit);
    case 'optionalAmount':
      return parseAmountInput(text, unit, true);
    case 'date':
      return parseDateInput(text);
    case 'number':
      return parseNumberInput(text);
    case 'stage':
      return { ok: true, value: text === '' ? null : text };
    case 'tags':
      return { ok: true, value: parseTagsInput(text) };
    default:
      return { ok: true, value: text.trim() };
  }
}

function labelled(spec: FieldSpec, message: string, messageEn: string): Pick<Refusal, 'message' | 'messageEn'> {
  const label = PROJECT_FIELD_LABELS[spec.field];
  return { message: `${label.zh}：${message}`, messageEn: `${label.en}: ${messageEn}` };
}

/** The service's words: the field's own issue when it names one, else the message. */
function serviceReason(err: unknown): { message: string; messageEn: string; conflict: boolean } {
  if (err instanceof ApiCallError) {
    const issue = err.body.issues?.[0];
    const conflict = err.body.code === 'conflict' && !issue;
    return issue && err.body.code === 'invalid_input'
      ? { message: issue.message, messageEn: issue.messageEn, conflict }
      : { message: err.body.message, messageEn: err.body.messageEn, conflict };
  }
  const text = err instanceof Error ? err.message : String(err);
  return { message: text, messageEn: text, conflict: false };
}

export function useCellEdit(unit: MoneyUnit, onSaved: (row: ProjectRow) => void) {
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saving, setSaving] = useState(false);

  const onCellEditRequest = useCallback(
    async (event: CellEditRequestEvent<GridRow>) => {
      const row = event.data;
      const colId = event.column.getColId();
      const spec = fieldSpec(colId);
      if (row.kind !== 'project' || !spec) return;
      const rowId = event.node.id ?? '';
      const parsed = valueFromInput(spec, event.newValue, unit);
      if (!parsed.ok) {
        setRefusal({ rowId, colId, ...labelled(spec, parsed.message, parsed.messageEn) });
        return;
      }
      const before = row.p[spec.field];
      if (JSON.stringify(before ?? null) === JSON.stringify(parsed.value ?? null)) return;
      setRefusal(null);
      setSaving(true);
      try {
        const changes = { [spec.field]: parsed.value } as Partial<ProjectFields>;
        await api('projects.update', { id: row.p.id, version: row.p.version, changes });
        onSaved((await api('projects.get', { id: row.p.id })).project);
      } catch (err) {
        const why = serviceReason(err);
        setRefusal({ rowId, colId, message: why.message, messageEn: why.messageEn });
        // Someone else saved first: show what they saved, so the user edits on top of it.
        if (why.conflict) onSaved((await api('projects.get', { id: row.p.id })).project);
      } finally {
        setSaving(false);
      }
    },
    [unit, onSaved],
  );

  return { refusal, dismiss: useCallback(() => setRefusal(null), []), onCellEditRequest, saving };
}
