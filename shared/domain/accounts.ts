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

/**
 * The team server's answer to a call without a live session carries this header (401), so the page
 * shows its sign-in form rather than an error; the loopback host's 401 (no token) does not.
 */
export const SIGN_IN_HEADER = 'x-ledger-sign-in';
