import { Navigate, Outlet, useLocation } from "react-router";
import { ApiErrorAlert } from "../../../components/api-error-alert";
import { Loading } from "../../../components/loading";
import { paths } from "../../../paths";
import { useMe } from "../api/me";
import { CharterPage } from "../pages/charter-page";
import { CurrentUserProvider } from "./current-user";

/** Where to go back after signing in; carried in the router state of the redirect to login. */
export type LoginRedirectState = { from: string };

/**
 * Lets signed-in users through. Signed-out users go to the login page; users who still have to
 * accept the charter see the charter and nothing else.
 */
export function RequireAuth() {
  const { data: me, error, isPending } = useMe();
  const location = useLocation();

  if (isPending) return <Loading />;
  if (error !== null) return <ApiErrorAlert error={error} />;
  if (me === null) {
    const state: LoginRedirectState = {
      from: `${location.pathname}${location.search}${location.hash}`,
    };
    return <Navigate to={paths.login} replace state={state} />;
  }
  return (
    <CurrentUserProvider me={me}>
      {me.charter.mustAccept ? <CharterPage /> : <Outlet />}
    </CurrentUserProvider>
  );
}
