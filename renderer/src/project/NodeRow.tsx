/** One node of the schedule as a row of inputs; a cell is saved when it is left (or on Enter). */
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../shared/contract';
import type { ScheduleNodeWithLight } from '../../../shared/domain/types';
import { parseDateInput, parsePercentInput, type Parsed } from '../common/fieldInput';
import { nodeReasonText, nodeStatusText } from '../common/domainText';

export type NodeField = 'name' | 'plannedStart' | 'plannedEnd' | 'actualStart' | 'actualEnd' | 'percent' | 'note';
export type NodeChanges = MethodInput<'nodes.update'>['changes'];

const DATE_FIELDS: NodeField[] = ['plannedStart', 'plannedEnd', 'actualStart', 'actualEnd'];

function parse(field: NodeField, text: string): Parsed<string | number | null> {
  if (DATE_FIELDS.includes(field)) return parseDateInput(text);
  if (field === 'percent') return parsePercentInput(text);
  if (field === 'name' && !text.trim()) return { ok: false, message: '节点名称不能为空', messageEn: 'the node needs a name' };
  return { ok: true, value: text.trim() };
}

interface Props {
  node: ScheduleNodeWithLight;
  first: boolean;
  last: boolean;
  onChange: (node: ScheduleNodeWithLight, changes: NodeChanges) => Promise<void>;
  onMove: (node: ScheduleNodeWithLight, direction: 'up' | 'down') => void;
  onRemove: (node: ScheduleNodeWithLight) => void;
}

export function NodeRow({ node, first, last, onChange, onMove, onRemove }: Props) {
  const { t, i18n } = useTranslation('project');
  const en = i18n.resolvedLanguage === 'en';
  const initial = (field: NodeField) => String(node[field] ?? '');
  const [texts, setTexts] = useState<Partial<Record<NodeField, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const textOf = (field: NodeField) => texts[field] ?? initial(field);

  const commit = async (field: NodeField) => {
    const text = textOf(field);
    if (text === initial(field)) return;
    const parsed = parse(field, text);
    if (!parsed.ok) return setError(en ? parsed.messageEn : parsed.message);
    setError(null);
    const changes = { [field]: parsed.value } as NodeChanges;
    // A milestone is a day: moving its start moves its end with it, and the other way round.
    const sameDay = node.plannedStart === node.plannedEnd;
    if (node.milestone && sameDay && field === 'plannedStart') changes.plannedEnd = parsed.value as string | null;
    if (node.milestone && sameDay && field === 'plannedEnd') changes.plannedStart = parsed.value as string | null;
    try {
      await onChange(node, changes);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };

  const onKey = (field: NodeField) => (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') void commit(field);
    if (e.key === 'Escape') setTexts((old) => ({ ...old, [field]: initial(field) }));
  };

  const cell = (field: NodeField, type: 'text' | 'number' = 'text') => {
    const label = `${node.name} ${t(`nodes.${field}`)}`;
    return (
      <td className={`node-${field}`}>
        <input
          type={type}
          value={textOf(field)}
          aria-label={label}
          placeholder={DATE_FIELDS.includes(field) ? 'YYYY-MM-DD' : undefined}
          min={type === 'number' ? 0 : undefined}
          max={type === 'number' ? 100 : undefined}
          onChange={(e) => setTexts((old) => ({ ...old, [field]: e.target.value }))}
          onBlur={() => void commit(field)}
          onKeyDown={onKey(field)}
        />
      </td>
    );
  };

  return (
    <>
      <tr className={error ? 'node-row has-error' : 'node-row'}>
        <td className="node-seq">{node.seq}</td>
        {cell('name')}
        <td className="node-milestone">
          <input type="checkbox" checked={node.milestone} aria-label={`${node.name} ${t('nodes.milestone')}`} onChange={(e) => void onChange(node, { milestone: e.target.checked })} />
        </td>
        {cell('plannedStart')}
        {cell('plannedEnd')}
        {cell('actualStart')}
        {cell('actualEnd')}
        {cell('percent', 'number')}
        <td className="node-light">
          <span className={`light light-${node.light.color}`} title={nodeReasonText(node.light, en)}>
            <span className="light-dot" aria-hidden="true" />
            {nodeStatusText(node.light, en)}
          </span>
          {/* Red for a reason other than its own date (an overdue 卡点): said, not only hovered. */}
          {node.light.reason && <span className="light-reason" title={nodeReasonText(node.light, en)}>{nodeReasonText(node.light, en)}</span>}
        </td>
        {cell('note')}
        <td className="node-actions">
          <button type="button" className="icon-button" disabled={first} aria-label={t('nodes.up', { name: node.name })} title={t('nodes.up', { name: node.name })} onClick={() => onMove(node, 'up')}>↑</button>
          <button type="button" className="icon-button" disabled={last} aria-label={t('nodes.down', { name: node.name })} title={t('nodes.down', { name: node.name })} onClick={() => onMove(node, 'down')}>↓</button>
          <button type="button" className="icon-button danger" aria-label={t('nodes.remove', { name: node.name })} title={t('nodes.remove', { name: node.name })} onClick={() => onRemove(node)}>✕</button>
        </td>
      </tr>
      {error && (
        <tr className="node-error-row">
          <td />
          <td colSpan={10} role="alert" className="field-error">{error}</td>
        </tr>
      )}
    </>
  );
}
