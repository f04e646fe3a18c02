import { SkipLinks } from "@codegouvfr/react-dsfr/SkipLinks";
import { useEffect, useRef } from "react";
import { Outlet, useLocation } from "react-router";
import { useMe } from "../features/auth/api/me";
import { useT } from "../i18n/use-t";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export const MAIN_CONTENT_ID = "contenu";

/** After a client-side navigation, move focus to the new content so screen readers follow. */
function useFocusMainOnNavigation() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    mainRef.current?.focus({ preventScroll: false });
  }, [pathname]);
  return mainRef;
}

/** The page frame shared by every route: skip links, header, main content, footer. */
export function Layout() {
  const t = useT();
  const { data: me } = useMe();
  const mainRef = useFocusMainOnNavigation();
  const hasNavigation = me !== undefined && me !== null && !me.charter.mustAccept;
  return (
    <>
      <SkipLinks
        links={[
          { label: t("skipLinks.content"), anchor: `#${MAIN_CONTENT_ID}` },
          ...(hasNavigation
            ? [{ label: t("skipLinks.navigation"), anchor: "#fr-header-main-navigation" }]
            : []),
          { label: t("skipLinks.footer"), anchor: "#fr-footer" },
        ]}
      />
      <SiteHeader me={me ?? null} />
      <main
        id={MAIN_CONTENT_ID}
        ref={mainRef}
        tabIndex={-1}
        className="fr-container fr-pt-4w fr-pb-8w"
      >
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}
