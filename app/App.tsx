import { createBrowserRouter, Navigate, RouterProvider } from "react-router";
import { Loading } from "./components/loading";
import { AdminIndexPage } from "./features/admin/pages/admin-index-page";
import { AdminLayout } from "./features/admin/pages/admin-layout";
import { IntegrityPage } from "./features/archives/pages/integrity-page";
import { TransfersPage } from "./features/archives/pages/transfers-page";
import { RequireAbility } from "./features/auth/components/require-ability";
import { RequireAuth } from "./features/auth/components/require-auth";
import { CharterPage } from "./features/auth/pages/charter-page";
import { LoginPage } from "./features/auth/pages/login-page";
import { CommunitiesPage } from "./features/communities/pages/communities-page";
import { CommunityPage } from "./features/communities/pages/community-page";
import { NewCommunityPage } from "./features/communities/pages/new-community-page";
import { CorrespondenceLayout } from "./features/correspondence/pages/correspondence-layout";
import { CorrespondencePage } from "./features/correspondence/pages/correspondence-page";
import { EditCorrespondencePage } from "./features/correspondence/pages/edit-correspondence-page";
import { GuidePage } from "./features/correspondence/pages/guide-page";
import { InboxPage } from "./features/correspondence/pages/inbox-page";
import { NewCorrespondencePage } from "./features/correspondence/pages/new-correspondence-page";
import { DirectoryLayout } from "./features/directory/pages/directory-layout";
import { OrgChartPage } from "./features/directory/pages/org-chart-page";
import { OrgChartsPage } from "./features/directory/pages/org-charts-page";
import { PeopleSearchPage } from "./features/directory/pages/people-search-page";
import { PersonPage } from "./features/directory/pages/person-page";
import { PostNetworkPage } from "./features/directory/pages/post-network-page";
import { UnitPage } from "./features/directory/pages/unit-page";
import { FeedPage } from "./features/feed/pages/feed-page";
// habilitation
import { ActivateAccountPage } from "./features/habilitation/pages/activate-account-page";
import { HabilitationPage } from "./features/habilitation/pages/habilitation-page";
import { RequestAccessPage } from "./features/habilitation/pages/request-access-page";
import { AccessibilityPage } from "./features/help/pages/accessibility-page";
import { HelpPage } from "./features/help/pages/help-page";
import { LegalNoticePage } from "./features/help/pages/legal-notice-page";
import { HomePage } from "./features/home/pages/home-page";
import { ImportMailPage } from "./features/mail/pages/import-page";
import { QuarantinePage } from "./features/mail/pages/quarantine-page";
/* mail gateway — outbound */
import { MailSettingsPage } from "./features/mail-settings/pages/mail-settings-page";
import { NotificationPreferencesPage } from "./features/notifications/pages/notification-preferences-page";
import { NotificationsPage } from "./features/notifications/pages/notifications-page";
// partners and public diplomacy (issue 9)
import { InternalOnly, PartnerHome } from "./features/partners/components/portal-guards";
import { InvitationPage } from "./features/partners/pages/invitation-page";
import { PartnersPage } from "./features/partners/pages/partners-page";
import { ReleasesPage } from "./features/partners/pages/releases-page";
import { ProfilePage } from "./features/profile/pages/profile-page";
import { PublicItemPage } from "./features/publication/pages/public-item-page";
import { PublicListPage } from "./features/publication/pages/public-list-page";
import { SocialPage } from "./features/publication/pages/social-page";
import { ArchivesLayout } from "./features/records/pages/archives-layout";
import { DisposalListPage } from "./features/records/pages/disposal-list-page";
import { DisposalsPage } from "./features/records/pages/disposals-page";
import { FilingPlanPage } from "./features/records/pages/filing-plan-page";
import { FilingRulesPage } from "./features/records/pages/filing-rules-page";
import { HoldsPage } from "./features/records/pages/holds-page";
import { RecordsPage } from "./features/records/pages/records-page";
import { SavedSearchesPage } from "./features/search/pages/saved-searches-page";
import { SearchPage } from "./features/search/pages/search-page";
import { SecurityPage } from "./features/security/pages/security-page";
import { Layout } from "./layout/layout";
import { NotFoundPage } from "./layout/not-found-page";
import { RouteErrorPage } from "./layout/route-error-page";

type AdminPages = typeof import("./features/admin/admin-pages");

/** A route whose page comes from the administration chunk, downloaded on first use. */
function adminPage(name: keyof AdminPages) {
  return async () => {
    const pages = await import("./features/admin/admin-pages");
    return { Component: pages[name] };
  };
}

// Paths mirror app/paths.ts; French slugs, since French is the service's reference language.
const router = createBrowserRouter([
  {
    element: <Layout />,
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <Loading />,
    children: [
      { path: "connexion", element: <LoginPage /> },
      { path: "aide", element: <HelpPage /> },
      { path: "accessibilite", element: <AccessibilityPage /> },
      { path: "mentions-legales", element: <LegalNoticePage /> },
      // partners and public diplomacy (issue 9): pages reachable without logging in
      { path: "invitation/:token", element: <InvitationPage /> },
      { path: "publications", element: <PublicListPage /> },
      { path: "publications/:id", element: <PublicItemPage /> },
      // habilitation
      { path: "demander-un-acces", element: <RequestAccessPage /> },
      { path: "activer-mon-compte", element: <ActivateAccountPage /> },
      {
        element: <RequireAuth />,
        children: [
          { index: true, element: <PartnerHome internal={<HomePage />} /> },
          { path: "charte", element: <CharterPage /> },
          { path: "profil", element: <ProfilePage /> },
          { path: "profil/notifications", element: <NotificationPreferencesPage /> },
          /* mail gateway — outbound */
          { path: "profil/courriels", element: <MailSettingsPage /> },
          { path: "notifications", element: <NotificationsPage /> },
          { path: "profil/securite", element: <SecurityPage /> },
          {
            path: "correspondance",
            children: [
              {
                element: <InternalOnly />,
                children: [
                  {
                    element: <CorrespondenceLayout />,
                    children: [
                      { index: true, element: <InboxPage box="action" /> },
                      { path: "pour-information", element: <InboxPage box="info" /> },
                      { path: "a-viser", element: <InboxPage box="circuit" /> },
                      { path: "envoyes", element: <InboxPage box="sent" /> },
                      { path: "brouillons", element: <InboxPage box="drafts" /> },
                      { path: "guide", element: <GuidePage /> },
                    ],
                  },
                  {
                    path: "nouveau-telegramme",
                    element: <NewCorrespondencePage kind="telegram" />,
                  },
                  { path: "nouvelle-note", element: <NewCorrespondencePage kind="note" /> },
                  {
                    path: "nouveau-courriel",
                    element: <NewCorrespondencePage kind="formal_email" />,
                  },
                  { path: "documents/:id/modifier", element: <EditCorrespondencePage /> },
                  { path: "documents/:id/reseaux-sociaux", element: <SocialPage /> },
                ],
              },
              { path: "documents/:id", element: <CorrespondencePage /> },
            ],
          },
          {
            path: "annuaire",
            element: <RequireAbility anyOf={["browseDirectory"]} />,
            children: [
              {
                element: <DirectoryLayout />,
                children: [
                  { index: true, element: <PeopleSearchPage /> },
                  { path: "personnes/:id", element: <PersonPage /> },
                  { path: "organigrammes", element: <OrgChartsPage /> },
                  { path: "organigrammes/:organizationId", element: <OrgChartPage /> },
                  { path: "postes", element: <PostNetworkPage /> },
                  { path: "unites/:id", element: <UnitPage /> },
                ],
              },
            ],
          },
          // records management: the « Archives » area (archivists only)
          {
            path: "archives",
            element: <RequireAbility anyOf={["manageRecords"]} />,
            children: [
              {
                element: <ArchivesLayout />,
                children: [
                  { index: true, element: <FilingPlanPage /> },
                  { path: "regles", element: <FilingRulesPage /> },
                  { path: "pieces", element: <RecordsPage /> },
                  { path: "gels", element: <HoldsPage /> },
                  { path: "eliminations", element: <DisposalsPage /> },
                  { path: "eliminations/:id", element: <DisposalListPage /> },
                  { path: "versements", element: <TransfersPage /> },
                  { path: "integrite", element: <IntegrityPage /> },
                ],
              },
            ],
          },
          {
            path: "administration",
            element: <RequireAbility anyOf={["administer", "readJournal"]} />,
            children: [
              {
                element: <AdminLayout />,
                children: [
                  { index: true, element: <AdminIndexPage /> },
                  {
                    element: <RequireAbility anyOf={["administer"]} />,
                    children: [
                      { path: "utilisateurs", lazy: adminPage("UsersPage") },
                      { path: "utilisateurs/nouveau", lazy: adminPage("UserCreatePage") },
                      { path: "utilisateurs/:id", lazy: adminPage("UserPage") },
                      { path: "unites", lazy: adminPage("UnitsPage") },
                      { path: "unites/nouvelle", lazy: adminPage("UnitCreatePage") },
                      { path: "unites/:id", lazy: adminPage("UnitEditPage") },
                    ],
                  },
                  {
                    element: <RequireAbility anyOf={["readJournal"]} />,
                    children: [{ path: "journal", lazy: adminPage("JournalPage") }],
                  },
                ],
              },
            ],
          },
          {
            path: "communautes",
            children: [
              { index: true, element: <CommunitiesPage /> },
              { path: "nouvelle", element: <NewCommunityPage /> },
              { path: ":id", element: <CommunityPage /> },
            ],
          },
          {
            path: "fil",
            element: <InternalOnly />,
            children: [{ index: true, element: <FeedPage /> }],
          },
          {
            path: "diffusions",
            element: <RequireAbility anyOf={["partnerPortal", "manageReleases"]} />,
            children: [{ index: true, element: <ReleasesPage /> }],
          },
          {
            path: "partenaires",
            element: <RequireAbility anyOf={["managePartners"]} />,
            children: [{ index: true, element: <PartnersPage /> }],
          },
          { path: "recherche", element: <SearchPage /> },
          { path: "recherche/enregistrees", element: <SavedSearchesPage /> },
          // mail gateway — inbound
          {
            path: "courrier-entrant",
            children: [
              { index: true, element: <Navigate to="quarantaine" replace /> },
              {
                element: <RequireAbility anyOf={["reviewMailQuarantine"]} />,
                children: [{ path: "quarantaine", element: <QuarantinePage /> }],
              },
              {
                element: <RequireAbility anyOf={["importMail"]} />,
                children: [{ path: "import", element: <ImportMailPage /> }],
              },
            ],
          },
          // habilitation
          { path: "habilitations", element: <HabilitationPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

/** The single-page app: every route inside the DSFR layout. */
export function App() {
  return <RouterProvider router={router} />;
}
