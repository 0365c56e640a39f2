/**
 * The grid's amount editor: starts from the amount in the display unit ("125000" for 12.5亿元 in 万元) and
 * hands back the text as typed; the register parses it (any form parseAmount reads) and refuses
 * what is not an amount, with the reason.
 */
import type { CustomCellEditorProps } from 'ag-grid-react';
import { useEffect, useRef, useState } from 'react';
import type { AmountDisplay } from '../../../shared/domain/money';
import { amountEditText } from './fieldInput';

/** display: the unit a bare number is in; unitLabel: that unit in the UI's language, for screen readers. */
type Props = CustomCellEditorProps<unknown, number | string | null> & { display: AmountDisplay; unitLabel: string };

export function AmountEditor({ value, onValueChange, eventKey, display, unitLabel }: Props) {
  const typed = eventKey && eventKey.length === 1 ? eventKey : null;
  const [text, setText] = useState(() => typed ?? (typeof value === 'number' ? amountEditText(value, display) : (value ?? '')));
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    if (!typed) input.current?.select();
  }, [typed]);
  return (
    <input
      ref={input}
      className="amount-editor"
      value={text}
      aria-label={unitLabel}
      onChange={(e) => {
        setText(e.target.value);
        onValueChange(e.target.value);
      }}
    />
  );
}
