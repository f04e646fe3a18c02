/** Every URL of the single-page app, in one place so links and routes never drift apart. */
export const paths = {
  home: "/",
  login: "/connexion",
  charter: "/charte",
  profile: "/profil",
  directory: "/annuaire",
  person: (id: string) => `/annuaire/personnes/${id}`,
  orgCharts: "/annuaire/organigrammes",
  orgChart: (organizationId: string) => `/annuaire/organigrammes/${organizationId}`,
  posts: "/annuaire/postes",
  unit: (id: string) => `/annuaire/unites/${id}`,
  admin: "/administration",
  adminUsers: "/administration/utilisateurs",
  adminNewUser: "/administration/utilisateurs/nouveau",
  adminUser: (id: string) => `/administration/utilisateurs/${id}`,
  adminUnits: "/administration/unites",
  adminNewUnit: (parentId?: string) =>
    parentId === undefined
      ? "/administration/unites/nouvelle"
      : `/administration/unites/nouvelle?parentId=${encodeURIComponent(parentId)}`,
  adminUnit: (id: string) => `/administration/unites/${id}`,
  adminJournal: "/administration/journal",
  help: "/aide",
  accessibility: "/accessibilite",
  legalNotice: "/mentions-legales",
} as const;
