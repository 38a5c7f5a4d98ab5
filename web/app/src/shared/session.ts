/**
 * Who is signed in, for every screen: features/account/session.tsx provides it (the sign-in gate), the
 * screens read it here, so a feature need not import the account feature to hide what a role may not do.
 */
import { createContext, useContext } from 'react';
import type { SessionBody } from '../api/client.ts';

export interface SessionState { session: SessionBody | null; refresh(): Promise<void>; signOut(): Promise<void> }

/** Outside the gate (no provider) nobody is known to be signed in: session null. */
export const SessionContext = createContext<SessionState>({ session: null, refresh: async () => {}, signOut: async () => {} });

export function useSession(): SessionState {
  return useContext(SessionContext);
}

/**
 * Whether the session may start and cancel solves: planners and admins, or anyone on a single-user server
 * (authRequired false, no accounts). Viewers and an unknown session may not; the server checks again.
 */
export function mayRun(session: SessionBody | null): boolean {
  if (!session) return false;
  if (!session.authRequired) return true;
  const role = session.user?.role;
  return role === 'planner' || role === 'admin';
}

export function useMayRun(): boolean {
  return mayRun(useSession().session);
}
