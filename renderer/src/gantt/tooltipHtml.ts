/** A node's tooltip: which project, the node and its light, planned and actual dates, days late or left, and its note. */
import type { TFunction } from 'i18next';
import type { ScheduleNodeWithLight } from '../../../shared/domain/types';
import type { BarItem, EdgeMark } from './barItems';
import { LIGHT_HEX } from './colors';
import { nodeReasonText } from '../common/domainText';
import { currentLanguage } from '../i18n';
import { fromDayNumber } from '../../../shared/domain/dates';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text into the tooltip's HTML: names and notes are the users' own and may hold any character. */
const escape = (text: string) => text.replace(/[&<>"']/g, (ch) => ENTITIES[ch]!);

function span(from: string | null, to: string | null, milestone: boolean, none: string): string {
  if (milestone || from === to) return to ?? from ?? none;
  return `${from ?? none} – ${to ?? none}`;
}

function actualText(node: ScheduleNodeWithLight, t: TFunction): string {
  if (!node.actualStart && !node.actualEnd) return t('tip.notStarted');
  if (!node.actualEnd) return t('tip.ongoing', { start: node.actualStart });
  return span(node.actualStart, node.actualEnd, node.milestone, t('tip.none'));
}

function lateText(node: ScheduleNodeWithLight, t: TFunction): string | null {
  const { daysLate, daysLeft, color } = node.light;
  if (daysLate) return color === 'amber' ? t('tip.daysLateDone', { days: daysLate }) : t('tip.daysLate', { days: daysLate });
  if (daysLeft !== undefined && color === 'yellow') return t('tip.daysLeft', { days: daysLeft });
  return null;
}

export function tooltipHtml(bar: BarItem, t: TFunction, editing: boolean): string {
  const { node, project } = bar;
  const late = lateText(node, t);
  const lines = [
    `<div class="gantt-tip-project">${escape(project.name)}</div>`,
    `<div class="gantt-tip-node"><b>${escape(node.name)}</b><span class="gantt-tip-status" style="background:${LIGHT_HEX[node.light.color]}">${escape(t(`status.${node.light.color}`))}</span></div>`,
    `<div>${escape(t('tip.planned'))}${escape(t('tip.sep'))}${escape(span(node.plannedStart, node.plannedEnd, node.milestone, t('tip.none')))}</div>`,
    `<div>${escape(t('tip.actual'))}${escape(t('tip.sep'))}${escape(actualText(node, t))}</div>`,
  ];
  if (late) lines.push(`<div class="gantt-tip-late gantt-tip-${node.light.color}">${escape(late)}</div>`);
  const reason = nodeReasonText(node.light, currentLanguage() === 'en');
  if (reason) lines.push(`<div class="gantt-tip-late gantt-tip-red">${escape(reason)}</div>`);
  if (!node.milestone && node.actualStart && !node.actualEnd && node.percent > 0) lines.push(`<div>${escape(t('tip.percent', { percent: node.percent }))}</div>`);
  if (node.note.trim()) lines.push(`<div class="gantt-tip-note">${escape(t('tip.note'))}${escape(t('tip.sep'))}${escape(node.note.trim().slice(0, 200))}</div>`);
  lines.push(`<div class="gantt-tip-hint">${escape(t(editing ? 'tip.drag' : 'tip.open'))}</div>`);
  return lines.join('');
}

export function edgeTipHtml(edge: EdgeMark, t: TFunction): string {
  return `<div class="gantt-tip-node">${escape(t(edge.side === 'right' ? 'edge.next' : 'edge.last', { node: edge.node.name, date: fromDayNumber(edge.day) }))}</div>` +
    `<div class="gantt-tip-hint">${escape(t('edge.hint'))}</div>`;
}
