/**
 * Who is using the app. Inside Electron and on the loopback browser host there are no accounts
 * (`single`); on the team server the page first asks `session.me`, and a "sign in first" answer
 * shows the sign-in page instead of the app. When a session ends mid-work (idle, 12 h, password
 * reset), the sign-in form comes up over the app, which stays mounted underneath, so a half-filled
 * form is still there after signing in again.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { AccountInfo } from '../../../shared/domain/accounts';
import { api, DATA_CHANGED, SIGN_IN_NEEDED } from '../api/client';
import { applyStoredLanguage } from './personalLanguage';
import { SignInPage } from './SignInPage';
import './strings';
import './team.css';

export type SessionState = { mode: 'single' } | { mode: 'team'; account: AccountInfo };

const SessionContext = createContext<SessionState>({ mode: 'single' });

export function useSession(): SessionState {
  return useContext(SessionContext);
}

type Phase = 'checking' | 'signIn' | 'ready';

type SessionAnswer = Awaited<ReturnType<typeof askMe>>;
const askMe = () => api('session.me', {});

/** The session asked as the page starts, before React renders: taken by the gate's first check. */
let early: { answer: Promise<SessionAnswer>; signInAsked: boolean } | null = null;

/**
 * Asks who is using the app while the shell's script is still starting (the app renders nothing
 * until the answer comes, so every view's first screen waits on it). Whether the team server asked
 * for sign-in is noted here: its answer may come before the gate listens.
 */
export function askSessionEarly(): void {
  const asked = { answer: askMe(), signInAsked: false };
  const onNeeded = () => { asked.signInAsked = true; };
  window.addEventListener(SIGN_IN_NEEDED, onNeeded);
  asked.answer.catch(() => undefined).finally(() => window.removeEventListener(SIGN_IN_NEEDED, onNeeded));
  early = asked;
}

export function SessionGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>('checking');
  const [session, setSession] = useState<SessionState>({ mode: 'single' });
  const [expired, setExpired] = useState(false);
  const asked = useRef(false);
  const current = useRef<SessionState>(session);
  current.current = session;

  const load = useCallback(async () => {
    asked.current = false;
    const taken = early;
    early = null;
    try {
      const { account } = await (taken ? taken.answer : askMe());
      const next: SessionState = account ? { mode: 'team', account } : { mode: 'single' };
      if (next.mode === 'team') applyStoredLanguage();
      setSession(next);
      setPhase('ready');
      return next;
    } catch {
      // A team server asking for sign-in; anything else (a loopback host opened without its
      // token) leaves the app to show its own error, as before.
      if (taken?.signInAsked) asked.current = true;
      setPhase(asked.current ? 'signIn' : 'ready');
      if (asked.current) applyStoredLanguage();
      return null;
    }
  }, []);

  useEffect(() => {
    const onNeeded = () => {
      asked.current = true;
      if (current.current.mode === 'team') setExpired(true);
    };
    window.addEventListener(SIGN_IN_NEEDED, onNeeded);
    void load();
    return () => window.removeEventListener(SIGN_IN_NEEDED, onNeeded);
  }, [load]);

  /** Signed in again after the session ended: the same person carries on; another reloads the page. */
  const resumed = useCallback(async () => {
    const before = current.current;
    const next = await load();
    if (next?.mode === 'team' && before.mode === 'team' && next.account.id !== before.account.id) {
      window.location.reload();
      return;
    }
    setExpired(false);
    // Live figures (counts, totals) read again now that calls are answered.
    window.dispatchEvent(new CustomEvent(DATA_CHANGED, { detail: { method: 'session.me' } }));
  }, [load]);

  if (phase === 'checking') return null;
  if (phase === 'signIn') return <SignInPage onSignedIn={() => void load()} />;
  return (
    <SessionContext.Provider value={session}>
      {children}
      {expired && <SignInPage expired name={session.mode === 'team' ? session.account.name : ''} onSignedIn={() => void resumed()} />}
    </SessionContext.Provider>
  );
}
