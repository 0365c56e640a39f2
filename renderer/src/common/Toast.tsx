/** A short notice at the bottom of the screen, with an optional action (撤销). */
import { useEffect } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export function Toast({ toast, onClose }: { toast: ToastMessage | null; onClose: () => void }) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onClose, toast.action ? 10_000 : 4_000);
    return () => clearTimeout(timer);
  }, [toast, onClose]);
  if (!toast) return null;
  return (
    <div className={`toast toast-${toast.tone ?? 'info'}`} role="status">
      <span>{toast.text}</span>
      {toast.action && (
        <button type="button" className="toast-action" onClick={() => { toast.action?.run(); onClose(); }}>
          {toast.action.label}
        </button>
      )}
    </div>
  );
}
