import type { ReactNode } from "react";
import { Outlet } from "react-router";
import { NotFoundPage } from "../../../layout/not-found-page";
import { useCurrentUser } from "../../auth/components/current-user";
import { ReleasesPage } from "../pages/releases-page";

/*
 * The simplified portal of outside users: their home is « Diffusions »; the internal sections
 * (boxes, drafting, directory, feed) are « page not found » for them, as the server's answers are.
 */

/** Internal sections: outside users get « page not found ». */
export function InternalOnly() {
  const { abilities } = useCurrentUser();
  return abilities.partnerPortal ? <NotFoundPage /> : <Outlet />;
}

/** The home: « Diffusions » for an outside user, the internal home for everyone else. */
export function PartnerHome({ internal }: { internal: ReactNode }) {
  const { abilities } = useCurrentUser();
  return abilities.partnerPortal ? <ReleasesPage /> : internal;
}
