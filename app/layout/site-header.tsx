import { Header, type HeaderProps } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import type { Me } from "@shared/schemas/people";
import { useLocation, useNavigate } from "react-router";
import { useLogout } from "../features/auth/api/logout";
import { useNotificationStream } from "../features/notifications/api/stream-events";
import {
  NotificationBell,
  UnreadAnnouncer,
} from "../features/notifications/components/notification-bell";
import { HeaderSearchInput } from "../features/search/components/header-search-input";
import { useT } from "../i18n/use-t";
import { paths } from "../paths";
import { BrandTop } from "./brand-top";
import { LanguageSwitch } from "./language-switch";

function isUnder(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

/** The DSFR header: service name, main navigation and the user's quick access items. */
export function SiteHeader({ me }: { me: Me | null }) {
  const t = useT();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const logout = useLogout();

  const isSignedIn = me !== null && !me.charter.mustAccept;
  useNotificationStream(isSignedIn);

  const signOut = () =>
    logout.mutate(undefined, { onSettled: () => navigate(paths.login, { replace: true }) });

  const navigation: MainNavigationProps.Item[] | undefined =
    me === null || me.charter.mustAccept
      ? undefined
      : [
          { text: t("nav.home"), linkProps: { to: paths.home }, isActive: pathname === paths.home },
          {
            text: t("nav.feed"),
            linkProps: { to: paths.feed },
            isActive: isUnder(pathname, paths.feed),
          },
          // External users read no correspondence yet (no release decisions exist).
          ...(me.user.isExternal
            ? []
            : [
                {
                  text: t("nav.correspondence"),
                  linkProps: { to: paths.correspondence },
                  isActive: isUnder(pathname, paths.correspondence),
                },
              ]),
          {
            text: t("nav.communities"),
            linkProps: { to: paths.communities },
            isActive: isUnder(pathname, paths.communities),
          },
          {
            text: t("nav.directory"),
            linkProps: { to: paths.directory },
            isActive: isUnder(pathname, paths.directory),
          },
          // records management
          ...(me.abilities.manageRecords
            ? [
                {
                  text: t("nav.archives"),
                  linkProps: { to: paths.archives },
                  isActive: isUnder(pathname, paths.archives),
                },
              ]
            : []),
          ...(me.abilities.administer || me.abilities.readJournal
            ? [
                {
                  text: t("nav.admin"),
                  linkProps: { to: paths.admin },
                  isActive: isUnder(pathname, paths.admin),
                },
              ]
            : []),
          {
            text: t("nav.help"),
            linkProps: { to: paths.help },
            isActive: isUnder(pathname, paths.help),
          },
        ];

  const userItems: HeaderProps.QuickAccessItem[] =
    me === null
      ? []
      : [
          {
            iconId: "fr-icon-account-circle-line",
            text: me.user.displayName,
            linkProps: { to: paths.profile, title: t("header.profileLinkTitle") },
          },
          {
            iconId: "fr-icon-logout-box-r-line",
            text: t("header.signOut"),
            buttonProps: { onClick: signOut, disabled: logout.isPending },
          },
        ];

  return (
    <>
      {isSignedIn && <UnreadAnnouncer />}
      <Header
        brandTop={<BrandTop />}
        serviceTitle={t("app.name")}
        serviceTagline={t("app.tagline")}
        homeLinkProps={{ to: paths.home, title: t("header.homeLinkTitle") }}
        navigation={navigation}
        {...(isSignedIn && {
          renderSearchInput: (params) => <HeaderSearchInput {...params} />,
          onSearchButtonClick: (text: string) =>
            navigate(paths.search(new URLSearchParams(text.trim() ? { q: text.trim() } : {}))),
        })}
        quickAccessItems={[
          ...(isSignedIn ? [<NotificationBell key="notifications" />] : []),
          ...userItems,
          <LanguageSwitch key="language" />,
        ]}
      />
    </>
  );
}
