import type { Me } from "@shared/schemas/people";
import { createContext, type ReactNode, use } from "react";

const CurrentUserContext = createContext<Me | null>(null);

/** Makes the signed-in user available to every page behind the guard. */
export function CurrentUserProvider({ me, children }: { me: Me; children: ReactNode }) {
  return <CurrentUserContext value={me}>{children}</CurrentUserContext>;
}

/** The signed-in user; only valid under RequireAuth, which guarantees there is one. */
export function useCurrentUser(): Me {
  const me = use(CurrentUserContext);
  if (me === null) throw new Error("useCurrentUser() used outside RequireAuth");
  return me;
}
