/** The light colours as the register's dots draw them (styles.css --red … --blue), for the canvas. */
import type { LightColor } from '../../../shared/domain/types';

export const LIGHT_HEX: Record<LightColor, string> = {
  red: '#d93025',
  yellow: '#e3b008',
  amber: '#ea7a12',
  green: '#1e9e50',
  grey: '#a3abb6',
  blue: '#2b7de9',
};

/** The same colour, see-through: a planned span's inside, so the late ones glow without hiding the grid. */
export function tint(color: LightColor, alpha: number): string {
  const hex = LIGHT_HEX[color];
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Legend order: what needs attention first. */
export const LEGEND_ORDER: readonly LightColor[] = ['red', 'yellow', 'amber', 'blue', 'green', 'grey'];

export const GRID_LINE = '#e8ecf1';
export const GRID_LINE_STRONG = '#cfd6df';
export const GROUP_BAND = '#f3f6fa';
export const TODAY_LINE = '#d93025';
export const TEXT = '#1f2937';
