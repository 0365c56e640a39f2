/** The 灯 cell: a coloured dot and the light's label; the reason shows as the cell tooltip. */
import type { CustomCellRendererProps } from 'ag-grid-react';
import type { RegisterRow } from './registerRow';

export function LightCell({ data }: CustomCellRendererProps<RegisterRow>) {
  const light = data?.light;
  if (!light) return null;
  return (
    <span className={`light light-${light.color}`}>
      <span className="light-dot" aria-hidden="true" />
      {light.label}
    </span>
  );
}
