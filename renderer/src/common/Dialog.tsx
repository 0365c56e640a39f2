/** A modal dialog on the native <dialog> element: focus kept inside, Esc closes. */
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  onSubmit: () => void;
  submitLabel: string;
  /** Left out when there is nothing to cancel (a dialog that only reports): one button then. */
  cancelLabel?: string;
  busy?: boolean;
  error?: string | null;
  children: ReactNode;
}

export function Dialog({ title, onClose, onSubmit, submitLabel, cancelLabel, busy, error, children }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <dialog ref={ref} className="dialog" aria-label={title} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <form onSubmit={submit}>
        <h2 className="dialog-title">{title}</h2>
        <div className="dialog-body">{children}</div>
        {error && <p className="dialog-error" role="alert">{error}</p>}
        <div className="dialog-actions">
          {cancelLabel && <button type="button" className="button-secondary" onClick={onClose}>{cancelLabel}</button>}
          <button type="submit" className="button-primary" disabled={busy}>{submitLabel}</button>
        </div>
      </form>
    </dialog>
  );
}
