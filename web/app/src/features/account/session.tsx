/**
 * Who is signed in. The gate asks GET /api/session first: a single-user server (no accounts) answers with
 * authRequired false and the workspace opens at once; otherwise the sign-in page shows until a session exists.
 */
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { api, ApiError, type SessionBody } from '../../api/client.ts';
import { SessionContext } from '../../shared/session.ts';
import { SignInPage } from './SignInPage.tsx';

/** The context lives in shared/session.ts so other features can read the role without importing this one. */
export { useSession } from '../../shared/session.ts';

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
