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

  const item = (text: string, to: string, isActive: boolean): MainNavigationProps.Item => ({
    text,
    linkProps: { to },
    isActive,
  });
  const navigation: MainNavigationProps.Item[] | undefined =
    me === null || me.charter.mustAccept
      ? undefined
      : me.abilities.partnerPortal
        ? // The simplified portal of outside users (partners, issue 9).
          [
            item(
              t("nav.releases"),
              paths.releases,
              pathname === paths.home || isUnder(pathname, paths.releases),
            ),
            item(t("nav.communities"), paths.communities, isUnder(pathname, paths.communities)),
            item(t("nav.help"), paths.help, isUnder(pathname, paths.help)),
          ]
        : [
            item(t("nav.home"), paths.home, pathname === paths.home),
            item(t("nav.feed"), paths.feed, isUnder(pathname, paths.feed)),
            item(
              t("nav.correspondence"),
              paths.correspondence,
              isUnder(pathname, paths.correspondence),
            ),
            // mail gateway — inbound
            ...(me.abilities.reviewMailQuarantine || me.abilities.importMail
              ? [
                  {
                    text: t("nav.mail"),
                    isActive: isUnder(pathname, paths.mail),
                    menuLinks: [
                      ...(me.abilities.reviewMailQuarantine
                        ? [
                            {
                              text: t("mail.quarantine.title"),
                              linkProps: { to: paths.mailQuarantine },
                              isActive: isUnder(pathname, paths.mailQuarantine),
                            },
                          ]
                        : []),
                      ...(me.abilities.importMail
                        ? [
                            {
                              text: t("mail.import.title"),
                              linkProps: { to: paths.mailImport },
                              isActive: isUnder(pathname, paths.mailImport),
                            },
                          ]
                        : []),
                    ],
                  },
                ]
              : []),
            item(t("nav.communities"), paths.communities, isUnder(pathname, paths.communities)),
            item(t("nav.directory"), paths.directory, isUnder(pathname, paths.directory)),
            ...(me.abilities.manageReleases
              ? [item(t("nav.releases"), paths.releases, isUnder(pathname, paths.releases))]
              : []),
            ...(me.abilities.managePartners
              ? [item(t("nav.partners"), paths.partners, isUnder(pathname, paths.partners))]
              : []),
            // records management
            ...(me.abilities.manageRecords
              ? [item(t("nav.archives"), paths.archives, isUnder(pathname, paths.archives))]
              : []),
            ...(me.abilities.administer || me.abilities.readJournal
              ? [item(t("nav.admin"), paths.admin, isUnder(pathname, paths.admin))]
              : []),
            // habilitation
            ...(me.abilities.manageHabilitation
              ? [
                  item(
                    t("habilitation.nav"),
                    paths.habilitation,
                    isUnder(pathname, paths.habilitation),
                  ),
                ]
              : []),
            item(t("nav.help"), paths.help, isUnder(pathname, paths.help)),
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
