/**
 * Who is signed in. The gate asks GET /api/session first: a single-user server (no accounts) answers with
 * authRequired false and the workspace opens at once; otherwise the sign-in page shows until a session exists.
 */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, type SessionBody } from '../../api/client.ts';
import { SignInPage } from './SignInPage.tsx';

interface SessionState { session: SessionBody | null; refresh(): Promise<void>; signOut(): Promise<void> }

const SessionContext = createContext<SessionState>({ session: null, refresh: async () => {}, signOut: async () => {} });

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/** Children once signed in (or when no sign-in is needed); the sign-in page otherwise. */
export function SessionGate({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionBody | null>(null);
  const [needsSignIn, setNeedsSignIn] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setSession(await api.session());
      setNeedsSignIn(false);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) setNeedsSignIn(true);
      else setSession({ user: null, authRequired: false }); // server unreachable: the screens show their own errors
    }
  }, []);
  const signOut = useCallback(async () => {
    await api.signOut().catch(() => undefined);
    setSession(null);
    setNeedsSignIn(true);
  }, []);
  useEffect(() => { void refresh(); }, [refresh]);
  if (needsSignIn) return <SignInPage onSignedIn={(s) => { setSession(s); setNeedsSignIn(false); }} />;
  if (!session) return null;
  return <SessionContext.Provider value={{ session, refresh, signOut }}>{children}</SessionContext.Provider>;
}
