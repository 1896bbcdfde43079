/** Lets a page open another page, for example a start-page reminder that opens the questionnaire. */
import { createContext, useContext } from 'react';
import type { RouteId } from './routes';

/** Opens the page with the given route id. */
export type Navigate = (id: RouteId) => void;

/** The shell's navigate function; outside the shell it does nothing. */
export const NavigationContext = createContext<Navigate>(() => undefined);

/** Returns the function that opens another page of the tab. */
export function useNavigate(): Navigate {
  return useContext(NavigationContext);
}
