/** The window comes back where the user left it: size, place and maximised, kept in the user-data folder. */

import fs from 'node:fs';
import path from 'node:path';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW: WindowState = { width: 1440, height: 900, maximized: false };
const MIN = { width: 1100, height: 680 };

interface Area { x: number; y: number; width: number; height: number }

/** The saved state if it is sane and its title bar lands on a screen there is now; else the default. */
export function readWindowState(file: string, screens: Area[]): WindowState {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<WindowState>;
    if (typeof s.width !== 'number' || typeof s.height !== 'number') return DEFAULT_WINDOW;
    const state: WindowState = { width: Math.max(MIN.width, s.width), height: Math.max(MIN.height, s.height), maximized: s.maximized === true };
    if (typeof s.x === 'number' && typeof s.y === 'number') {
      const { x, y } = s;
      // A monitor unplugged since: the window must not open off every screen.
      const visible = screens.some((a) => x + 100 >= a.x && x + 100 <= a.x + a.width && y + 10 >= a.y && y + 10 <= a.y + a.height);
      if (visible) Object.assign(state, { x, y });
    }
    return state;
  } catch {
    return DEFAULT_WINDOW;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(state));
  } catch {
    // Losing the window's place is not worth an error.
  }
}
