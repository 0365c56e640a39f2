/**
 * Signing in and out of the team server (POST /auth/login, /auth/logout beside the API). The
 * session itself is an HttpOnly cookie: this page never sees it.
 */
import type { ApiErrorBody } from '../../../shared/errors';

export type SignInResult = { ok: true } | { ok: false; status: number; error: ApiErrorBody | null };

export async function signIn(name: string, password: string): Promise<SignInResult> {
  let response: Response;
  try {
    response = await fetch('./auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, password }) });
  } catch {
    return { ok: false, status: 0, error: null };
  }
  if (response.ok) return { ok: true };
  const body = (await response.json().catch(() => null)) as { error?: ApiErrorBody } | null;
  return { ok: false, status: response.status, error: body?.error ?? null };
}

export async function signOut(): Promise<void> {
  await fetch('./auth/logout', { method: 'POST' }).catch(() => undefined);
}
