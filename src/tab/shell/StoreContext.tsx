/** Gives features the signed-in session: the data store, the current user and the team's members. */
import { createContext, useContext } from 'react';
import type { Person } from '../../domain/model';
import type { RisicoradarStore } from '../../graph/store';
import type { TeamsHostContext } from './host';

/** The signed-in session every feature page reads. */
export interface SessionValue {
  store: RisicoradarStore;
  me: Person;
  members: Person[];
  /** True when the tab runs against the local Microsoft 365 stand-in. */
  localMode: boolean;
  /** The Teams context when a Teams host runs the tab; absent in local mode. */
  teams?: TeamsHostContext;
}

export const SessionContext = createContext<SessionValue | undefined>(undefined);

/** Returns the session; throws when used outside the signed-in shell. */
export function useSession(): SessionValue {
  const session = useContext(SessionContext);
  if (!session) throw new Error('[shell] useSession must be used inside <SessionContext.Provider>');
  return session;
}
