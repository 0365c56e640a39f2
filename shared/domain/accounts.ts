/** 团队版 accounts as the UI and the API show them (never with a password hash). */

import type { FillScope, Role } from './roles';

export interface AccountInfo {
  id: number;
  /** Login name. */
  name: string;
  /** The real person's name, recorded in the history. */
  displayName: string;
  role: Role;
  scope: FillScope;
  disabled: boolean;
  createdAt: string;
  updatedAt: string;
}

/** Sign-in rules of the team server: a session ends after this long idle, or this long after sign-in. */
export const SESSION_IDLE_MINUTES = 120;
export const SESSION_MAX_HOURS = 12;
