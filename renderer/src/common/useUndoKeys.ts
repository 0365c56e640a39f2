/**
 * Ctrl+Z undoes the user's last edit, Ctrl+Y (or Ctrl+Shift+Z) puts it back, through the history
 * (edits.undo / edits.redo), so it works after a reload too. In the register every project's edits
 * are on the stack; in 项目详情 only that project's. A key pressed while typing in a box is the
 * box's own undo, and with a dialog open the keys are the dialog's: neither is taken.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { errorText } from './errorText';
import { confirmLeave } from '../app/leaveGuard';
import type { UndoResult } from '../../../shared/api/edits';
import { PROJECT_FIELD_LABELS } from '../../../shared/domain/fields';
import type { ProjectFields } from '../../../shared/domain/types';
import '../register/excelStrings';

function typingTarget(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit'].includes(el.type);
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement || (el instanceof HTMLElement && el.isContentEditable)) return true;
  // A grid cell being edited (AG Grid's list editors are not text boxes).
  return !!el.closest('.ag-cell-inline-editing, .ag-popup-editor');
}

export interface UndoKeysOptions {
  /** 项目详情's project: only its edits. Left out: the register's. */
  projectId?: number;
  /** Off while a closed month is shown (nothing there is editable). */
  enabled?: boolean;
  onDone: (result: UndoResult) => void;
  notify: (text: string, tone?: 'info' | 'error') => void;
}

export function useUndoKeys({ projectId, enabled = true, onDone, notify }: UndoKeysOptions) {
  const { t, i18n } = useTranslation('excel');
  const latest = useRef({ onDone, notify });
  latest.current = { onDone, notify };
  const busy = useRef(false);

  useEffect(() => {
    if (!enabled) return undefined;
    const en = () => i18n.resolvedLanguage === 'en';
    const describe = (r: UndoResult): string => {
      if (r.what === 'paste') return t('whatPaste', { count: r.cells });
      if (r.what === 'bulk') return t('whatBulk', { count: r.cells });
      const names = r.fields.map((f) => {
        const label = PROJECT_FIELD_LABELS[f.field as keyof ProjectFields];
        const project = r.rows.find((row) => row.id === f.projectId);
        return `${project && projectId === undefined ? `${project.name} · ` : ''}${label ? (en() ? label.en : label.zh) : f.field}`;
      });
      return names.length > 2 ? t('whatMany', { first: names[0], count: names.length }) : names.join(en() ? ', ' : '、');
    };
    const run = async (kind: 'undo' | 'redo') => {
      if (busy.current) return;
      busy.current = true;
      try {
        // The page reloads what the undo changed: unsaved edits on it would go, so ask first.
        if (!(await confirmLeave())) return;
        const result = await api(kind === 'undo' ? 'edits.undo' : 'edits.redo', projectId === undefined ? {} : { projectId });
        if (!result.done) {
          latest.current.notify(t(kind === 'undo' ? 'nothingToUndo' : 'nothingToRedo'));
          return;
        }
        latest.current.onDone(result);
        latest.current.notify(t(kind === 'undo' ? 'undone' : 'redone', { what: describe(result) }));
      } catch (err) {
        latest.current.notify(errorText(err, en()), 'error');
      } finally {
        busy.current = false;
      }
    };
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.defaultPrevented) return;
      const k = e.key.toLowerCase();
      const undo = k === 'z' && !e.shiftKey;
      const redo = k === 'y' || (k === 'z' && e.shiftKey);
      if (!undo && !redo) return;
      if (typingTarget(document.activeElement) || document.querySelector('dialog[open], [role="dialog"]')) return;
      e.preventDefault();
      void run(undo ? 'undo' : 'redo');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, projectId, t, i18n]);
}
