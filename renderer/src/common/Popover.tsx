/** A button that opens a small panel below it; Esc or a click elsewhere closes it. */
import { useEffect, useRef, useState, type ReactNode } from 'react';

interface Props {
  label: ReactNode;
  /** Accessible name of the button when the label is not enough. */
  title?: string;
  className?: string;
  align?: 'left' | 'right';
  children: (close: () => void) => ReactNode;
}

export function Popover({ label, title, className, align = 'left', children }: Props) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => { if (!root.current?.contains(e.target as Node)) setOpen(false); };
    const onKey = (e: KeyboardEvent) => { if (e.key === 'Escape') setOpen(false); };
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);
  return (
    <div className={`popover ${className ?? ''}`} ref={root}>
      <button type="button" className="tool-button" aria-expanded={open} aria-haspopup="true" title={title} onClick={() => setOpen((o) => !o)}>
        {label}
        <span className="caret" aria-hidden="true" />
      </button>
      {open && <div className={`popover-panel popover-${align}`}>{children(() => setOpen(false))}</div>}
    </div>
  );
}
