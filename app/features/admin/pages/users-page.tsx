import { Button } from "@codegouvfr/react-dsfr/Button";
import { USER_STATUSES } from "@shared/vocabulary";
import { useState } from "react";
import { Link } from "react-router";
import { DataTable } from "../../../components/data-table";
import { PagedResults } from "../../../components/paged-results";
import { ClearanceBadge } from "../../../components/protection-badges";
import { useT } from "../../../i18n/use-t";
import { usePageTitle } from "../../../layout/use-page-title";
import { paths } from "../../../paths";
import { type AdminUserFilters, useUserSearch } from "../api/search-users";
import { AdminSearchForm } from "../components/admin-search-form";
import { UserStatusBadge } from "../components/user-status-badge";

function UserResults({ filters }: { filters: AdminUserFilters }) {
  const t = useT();
  return (
    <PagedResults
      query={useUserSearch(filters)}
      counts={{
        none: "adminUsers.noResult",
        all: "adminUsers.count",
        more: "adminUsers.countMore",
      }}
    >
      {(users) => (
        <DataTable
          caption={t("adminUsers.caption")}
          headers={[
            t("people.name"),
            t("identity.email"),
            t("people.organization"),
            t("adminUsers.clearance"),
            t("adminUsers.status"),
          ]}
          rows={users.map((user) => ({
            key: user.id,
            cells: [
              <Link key="name" to={paths.adminUser(user.id)}>
                {user.displayName}
              </Link>,
              user.email,
              user.organization.shortName || user.organization.name,
              <ClearanceBadge key="clearance" level={user.clearance.level} small />,
              <UserStatusBadge key="status" status={user.status} />,
            ],
          }))}
        />
      )}
    </PagedResults>
  );
}

/** « Utilisateurs »: find an account by name or e-mail, or create one. */
export function UsersPage() {
  const t = useT();
  usePageTitle(t("adminUsers.title"));
  const [filters, setFilters] = useState<AdminUserFilters>({});

  return (
    <>
      <h1>{t("adminUsers.title")}</h1>
      <Button
        iconId="fr-icon-user-add-line"
        linkProps={{ to: paths.adminNewUser }}
        className="fr-mb-3w"
      >
        {t("adminUsers.create")}
      </Button>
      <AdminSearchForm
        formLabel={t("adminUsers.searchFormLabel")}
        searchLabel={t("adminUsers.search")}
        searchHint={t("adminUsers.searchHint")}
        filterLabel={t("adminUsers.status")}
        filterChoices={["", ...USER_STATUSES]}
        describeFilter={(value) =>
          value === "" ? t("adminUsers.allStatuses") : t(`userStatus.${value}`)
        }
        onSearch={(q, status) =>
          setFilters({ ...(q === "" ? {} : { q }), ...(status === "" ? {} : { status }) })
        }
      />
      <UserResults filters={filters} />
    </>
  );
}
