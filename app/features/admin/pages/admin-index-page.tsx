import { Navigate } from "react-router";
import { paths } from "../../../paths";
import { useCurrentUser } from "../../auth/components/current-user";

/** /administration opens the first part the user may use. */
export function AdminIndexPage() {
  const { abilities } = useCurrentUser();
  return <Navigate to={abilities.administer ? paths.adminUsers : paths.adminJournal} replace />;
}
